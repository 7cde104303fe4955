import type { ITheme } from '@fluentui/react';
import type { Locale } from '@samen/core/contract';

/** What the page around the Talentfinder provides: SPFx web part, Teams tab or the local portal. */
export interface TalentfinderHost {
  readonly user: { readonly id: string; readonly displayName: string };
  readonly locale: Locale;
  /** SharePoint's or Teams' colours (light, dark, high contrast); Fluent's default theme when absent. */
  readonly theme?: ITheme;
  /** Opens a link the host's way: a new tab in SharePoint, `app.openLink` in Teams (deep links). */
  openLink(url: string): void;
}

/** Starting filters, from the web part's property pane or the tab's configuration. */
export interface TalentfinderDefaults {
  readonly availableOnly?: boolean;
  readonly department?: string;
  readonly location?: string;
  readonly pageSize?: number;
}
