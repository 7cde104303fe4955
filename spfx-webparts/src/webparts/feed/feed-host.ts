import { DEFAULT_FEED_PAGE_SIZE, MAX_FEED_PAGE_SIZE } from '@samen/core/contract';
import type { FeedDefaults, FeedScope } from '@samen/ui';
import type { ISamenServiceProps } from '../shared/service-props';

/** Whose posts the web part shows, as the property pane's choice stores it. */
export type ScopeChoice = 'everyone' | 'topic' | 'person';

/** The web part's properties, as the property pane edits them and the page stores them. */
export interface IFeedWebPartProps extends ISamenServiceProps {
  scope: ScopeChoice;
  /** A topic as people write it: `#glasvezel` or `glasvezel`. */
  topic: string;
  /** A colleague's Entra object id. */
  person: string;
  pageSize: number;
  showComposer: boolean;
}

export const MIN_FEED_PAGE_SIZE = 5;
export { DEFAULT_FEED_PAGE_SIZE, MAX_FEED_PAGE_SIZE };

const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// One word without spaces; the service checks it fully (letters of any script: SPFx targets ES5, no /u here).
const TOPIC = /^#?[^\s#.,;:!?'"()]{1,50}$/;

/** Whether a typed topic could be a topic (what the property pane says is wrong). */
export const isTopic = (value: string): boolean => TOPIC.test(value.trim());
/** Whether a typed person id is an Entra object id. */
export const isPersonId = (value: string): boolean => OBJECT_ID.test(value.trim());

/** The scope the page asked for; an unfinished choice (no topic, no valid person) is everyone's feed. */
export function feedScope(properties: Partial<IFeedWebPartProps>): FeedScope {
  const topic = properties.topic?.trim() ?? '';
  const person = properties.person?.trim() ?? '';
  if (properties.scope === 'topic' && isTopic(topic)) return { kind: 'topic', topic: topic.replace(/^#/, '') };
  if (properties.scope === 'person' && isPersonId(person)) return { kind: 'person', person };
  return { kind: 'everyone' };
}

/** The Feed's defaults from the property pane: scope, page size within what the service accepts, composer. */
export function feedDefaults(properties: Partial<IFeedWebPartProps>): FeedDefaults {
  const size = Number(properties.pageSize);
  const pageSize = Number.isFinite(size)
    ? Math.min(MAX_FEED_PAGE_SIZE, Math.max(1, Math.round(size)))
    : DEFAULT_FEED_PAGE_SIZE;
  return { scope: feedScope(properties), pageSize, showComposer: properties.showComposer !== false };
}

/** The address of one post: this page, with the post named in its fragment (the page stays the same page). */
export function postUrlOn(pageUrl: string, postId: string): string {
  const url = new URL(pageUrl);
  url.hash = `samen-post=${encodeURIComponent(postId)}`;
  return url.toString();
}
