import type { Actor } from '../actor';
import { CommentNotFoundError, PostNotFoundError } from './errors';
import type { Comment, FeedTarget, Post } from './model';
import type { Comments, Posts, Versioned } from './ports';

export interface TargetStores {
  readonly posts: Posts;
  readonly comments: Comments;
}

/** A post or a comment with its version; a comment of a post that is gone is gone too. */
export async function readTarget(
  stores: TargetStores,
  target: FeedTarget,
): Promise<Versioned<Post | Comment> | undefined> {
  if (target.kind === 'post') return stores.posts.get(target.id);
  const comment = await stores.comments.get(target.id);
  if (!comment || !(await stores.posts.get(comment.value.postId))) return undefined;
  return comment;
}

export function notFound(target: FeedTarget): Error {
  return target.kind === 'post' ? new PostNotFoundError(target.id) : new CommentNotFoundError(target.id);
}

/** Hidden things are seen by their author and by moderators only; to anyone else they are not there. */
export function isVisibleTo(item: Post | Comment, actor: Actor, isModerator: boolean): boolean {
  return !item.hidden || item.authorId === actor.userId || isModerator;
}

/** A post or comment others may act on (like, reply, report): there, and not hidden. */
export async function openTarget(
  stores: TargetStores,
  target: FeedTarget,
): Promise<Versioned<Post | Comment>> {
  const current = await readTarget(stores, target);
  if (!current || current.value.hidden) throw notFound(target);
  return current;
}
