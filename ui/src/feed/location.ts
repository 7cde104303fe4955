import type { FeedQuery } from './feed-service';
import type { FeedScope } from './host';

/** Where in the Feed the reader is: a view, and for a topic or a person, which one (with its name to show). */
export type ListLocation =
  | { readonly view: 'foryou' | 'latest' }
  | { readonly view: 'topic'; readonly topic: string; readonly label: string }
  | { readonly view: 'person'; readonly person: string; readonly displayName: string };

/** A list of posts, or the one post a shared link names. */
export type FeedLocation = ListLocation | { readonly view: 'post'; readonly postId: string };

export function whereOf(location: ListLocation): Omit<FeedQuery, 'top' | 'cursor'> {
  if (location.view === 'topic') return { view: 'topic', topic: location.topic };
  if (location.view === 'person') return { view: 'person', person: location.person };
  return { view: location.view };
}

/** Where the Feed opens, from the web part's scope: everyone's "For you", a topic's feed or a person's. */
export function homeOf(scope: FeedScope | undefined): ListLocation {
  if (scope?.kind === 'topic')
    return { view: 'topic', topic: scope.topic, label: scope.label ?? scope.topic };
  if (scope?.kind === 'person')
    return { view: 'person', person: scope.person, displayName: scope.displayName ?? scope.person };
  return { view: 'foryou' };
}
