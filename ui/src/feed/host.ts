import type { ITheme } from '@fluentui/react';
import type { Locale } from '@samen/core/contract';

/** What the page around the Feed provides: SPFx web part, Teams tab or the local portal. */
export interface FeedHost {
  readonly user: { readonly id: string; readonly displayName: string };
  readonly locale: Locale;
  /** SharePoint's or Teams' colours (light, dark, high contrast); Fluent's default theme when absent. */
  readonly theme?: ITheme;
  /** Opens a link the host's way: a new tab in SharePoint, `app.openLink` in Teams (deep links). */
  openLink(url: string): void;
  /** The address people share for one post: the web part's page or the tab's deep link. */
  postUrl(postId: string): string;
  /**
   * Whether the signed-in person moderates the feed, when the host knows; otherwise the app asks the service
   * (GET /api/feed/me). The service decides every action in the end: a refusal is shown as it words it.
   */
  readonly isModerator?: boolean;
  /** Copies text; defaults to the page's clipboard. Teams' iframe may need its own. */
  copyText?(text: string): Promise<void>;
}

/** Whose posts the Feed shows first, chosen in the web part's property pane or the tab's configuration. */
export type FeedScope =
  | { readonly kind: 'everyone' }
  | { readonly kind: 'topic'; readonly topic: string; readonly label?: string }
  | { readonly kind: 'person'; readonly person: string; readonly displayName?: string };

export interface FeedDefaults {
  readonly scope?: FeedScope;
  /** Posts per page (1–50, the contract's MAX_FEED_PAGE_SIZE); DEFAULT_FEED_PAGE_SIZE when absent. */
  readonly pageSize?: number;
  /** false: a read-only feed, e.g. a topic's page on an intranet site. */
  readonly showComposer?: boolean;
  /** The post a shared link names (the host reads it from its URL, the link `postUrl` made): shown on its own. */
  readonly openPostId?: string;
  /** How often to look for new posts while the page is visible; 30 s when absent. */
  readonly pollIntervalMs?: number;
}
