import { DomainError } from '../domain-error';

// The feed's domain errors. Codes are stable: the service maps them to problem responses, the UI to localised
// texts. Messages are for developers and logs, never shown to people as they are.

export type FeedErrorCode =
  | 'feed.post.not-found'
  | 'feed.comment.not-found'
  | 'feed.not-author'
  | 'feed.not-moderator'
  | 'feed.invalid'
  | 'feed.reply-too-deep'
  | 'feed.like.duplicate'
  | 'feed.like.not-found'
  | 'feed.follow.self'
  | 'feed.follow.duplicate'
  | 'feed.follow.not-found'
  | 'feed.report.duplicate'
  | 'feed.moderation.no-change'
  | 'feed.cursor.invalid'
  | 'feed.person.not-found';

export abstract class FeedError extends DomainError {
  abstract override readonly code: FeedErrorCode;
}

/** True for any feed error, or for one with the given code. */
export function isFeedError<C extends FeedErrorCode>(
  error: unknown,
  code?: C,
): error is FeedError & { code: C } {
  return error instanceof FeedError && (code === undefined || error.code === code);
}

export class PostNotFoundError extends FeedError {
  readonly code = 'feed.post.not-found';
  constructor(readonly postId: string) {
    super(`No post with id ${postId} (or it is hidden from this person)`);
  }
}

export class CommentNotFoundError extends FeedError {
  readonly code = 'feed.comment.not-found';
  constructor(readonly commentId: string) {
    super(`No comment with id ${commentId} (or it is hidden from this person)`);
  }
}

export class NotAuthorError extends FeedError {
  readonly code = 'feed.not-author';
  constructor(readonly targetId: string) {
    super(`Only the author may change or delete ${targetId}`);
  }
}

export class NotModeratorError extends FeedError {
  readonly code = 'feed.not-moderator';
  constructor() {
    super('Only moderators hide or restore posts and comments');
  }
}

/** Which field is wrong, and how: the edges word it for people. */
export type InvalidReason = 'required' | 'too-long' | 'too-many' | 'not-allowed' | 'malformed';

export class InvalidFeedInputError extends FeedError {
  readonly code = 'feed.invalid';
  constructor(
    readonly field: string,
    readonly reason: InvalidReason,
    readonly limit?: number,
  ) {
    super(`${field}: ${reason}${limit === undefined ? '' : ` (limit ${limit})`}`);
  }
}

export class ReplyTooDeepError extends FeedError {
  readonly code = 'feed.reply-too-deep';
  constructor(readonly parentId: string) {
    super(`Comment ${parentId} is itself a reply; replies have no replies`);
  }
}

export class DuplicateLikeError extends FeedError {
  readonly code = 'feed.like.duplicate';
  constructor(readonly targetId: string) {
    super(`The actor already likes ${targetId}`);
  }
}

export class LikeNotFoundError extends FeedError {
  readonly code = 'feed.like.not-found';
  constructor(readonly targetId: string) {
    super(`The actor does not like ${targetId}`);
  }
}

export class SelfFollowError extends FeedError {
  readonly code = 'feed.follow.self';
  constructor() {
    super('People cannot follow themselves');
  }
}

export class DuplicateFollowError extends FeedError {
  readonly code = 'feed.follow.duplicate';
  constructor(readonly key: string) {
    super(`Already followed: ${key}`);
  }
}

export class FollowNotFoundError extends FeedError {
  readonly code = 'feed.follow.not-found';
  constructor(readonly key: string) {
    super(`Not followed: ${key}`);
  }
}

export class DuplicateReportError extends FeedError {
  readonly code = 'feed.report.duplicate';
  constructor(readonly targetId: string) {
    super(`The actor already reported ${targetId}`);
  }
}

export class NoModerationChangeError extends FeedError {
  readonly code = 'feed.moderation.no-change';
  constructor(
    readonly targetId: string,
    readonly action: 'hide' | 'restore',
  ) {
    super(`${targetId} is already ${action === 'hide' ? 'hidden' : 'visible'}`);
  }
}

export class InvalidCursorError extends FeedError {
  readonly code = 'feed.cursor.invalid';
  constructor() {
    super('The cursor is not one this feed handed out');
  }
}

export class FeedPersonNotFoundError extends FeedError {
  readonly code = 'feed.person.not-found';
  constructor(readonly userId: string) {
    super(`No person with id ${userId}`);
  }
}
