import type { Actor } from '../actor';
import type { Clock } from '../clock';
import { readBody, type BodyDeps } from './body';
import { CommentNotFoundError, NotAuthorError, ReplyTooDeepError } from './errors';
import type { Comment } from './model';
import { mentionEvents } from './notify';
import type { FeedEvent, FeedNotifications, Versioned } from './ports';
import { openTarget, type TargetStores } from './targets';
import { only, withFreshVersion } from './versions';

export interface CommentDeps extends BodyDeps, TargetStores {
  readonly clock: Clock;
  readonly notifications: FeedNotifications;
}

export interface NewCommentInput {
  readonly bodyHtml: string;
  /** Replying to this comment of the same post. */
  readonly parentId?: string;
}

/** The actor comments on a post, or replies to one of its comments (one reply level). */
export async function addComment(
  deps: CommentDeps,
  actor: Actor,
  postId: string,
  input: NewCommentInput,
): Promise<Comment> {
  const post = (await openTarget(deps, { kind: 'post', id: postId })).value;
  const parent =
    input.parentId === undefined ? undefined : await replyableParent(deps, postId, input.parentId);
  const body = await readBody(deps, input.bodyHtml, 'comment');
  const comment = await deps.comments.create({
    postId,
    ...(parent ? { parentId: parent.id } : {}),
    authorId: actor.userId,
    bodyHtml: body.html,
    mentions: body.mentions,
    createdAt: deps.clock.now(),
  });
  await deps.notifications.notify(commentEvents(actor, post.authorId, parent, comment));
  return comment;
}

async function replyableParent(deps: CommentDeps, postId: string, parentId: string): Promise<Comment> {
  const parent = (await openTarget(deps, { kind: 'comment', id: parentId })).value as Comment;
  if (parent.postId !== postId) throw new CommentNotFoundError(parentId);
  if (parent.parentId !== undefined) throw new ReplyTooDeepError(parentId);
  return parent;
}

// Each person hears once: the one replied to, else the post's author; then those mentioned who heard nothing yet.
function commentEvents(
  actor: Actor,
  postAuthorId: string,
  parent: Comment | undefined,
  comment: Comment,
): FeedEvent[] {
  const base = { by: actor.userId, postId: comment.postId, commentId: comment.id };
  const events: FeedEvent[] = [];
  if (parent && parent.authorId !== actor.userId)
    events.push({ kind: 'replied', userId: parent.authorId, ...base });
  if (postAuthorId !== actor.userId && postAuthorId !== parent?.authorId)
    events.push({ kind: 'commented', userId: postAuthorId, ...base });
  const told = new Set(events.map((event) => event.userId));
  const mentioned = comment.mentions.filter((id) => !told.has(id));
  return [...events, ...mentionEvents(actor, mentioned, { kind: 'comment', id: comment.id }, comment.postId)];
}

/** The author changes their comment; people newly mentioned are told. */
export async function editComment(
  deps: CommentDeps,
  actor: Actor,
  commentId: string,
  bodyHtml: string,
): Promise<Comment> {
  const { before, after } = await withFreshVersion(
    () => authoredComment(deps, actor, commentId),
    async (current) => {
      const body = await readBody(deps, bodyHtml, 'comment');
      const changes = { bodyHtml: body.html, mentions: body.mentions, editedAt: deps.clock.now() };
      const outcome = await deps.comments.update(commentId, changes, current.etag);
      return { outcome, result: { before: current.value, after: { ...current.value, ...changes } } };
    },
    () => new CommentNotFoundError(commentId),
  );
  const newly = after.mentions.filter((id) => !before.mentions.includes(id));
  await deps.notifications.notify(
    mentionEvents(actor, newly, { kind: 'comment', id: commentId }, after.postId),
  );
  return after;
}

/** The author deletes their comment, with its replies. */
export async function deleteComment(deps: TargetStores, actor: Actor, commentId: string): Promise<void> {
  await withFreshVersion(
    () => authoredComment(deps, actor, commentId),
    (current) => only(deps.comments.remove(commentId, current.etag)),
    () => new CommentNotFoundError(commentId),
  );
}

async function authoredComment(
  deps: TargetStores,
  actor: Actor,
  commentId: string,
): Promise<Versioned<Comment>> {
  const current = await deps.comments.get(commentId);
  if (!current) throw new CommentNotFoundError(commentId);
  if (current.value.authorId !== actor.userId) throw new NotAuthorError(commentId);
  return current;
}
