import type { Actor } from '../actor';
import type { FeedTarget } from './model';
import type { FeedEvent } from './ports';

/** The colleagues a post or comment mentions, told; nobody is told they mentioned themselves. */
export function mentionEvents(
  actor: Actor,
  mentions: readonly string[],
  target: FeedTarget,
  postId: string,
): FeedEvent[] {
  return mentions
    .filter((userId) => userId !== actor.userId)
    .map((userId) => ({ kind: 'mentioned', userId, by: actor.userId, target, postId }));
}
