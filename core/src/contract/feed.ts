import * as z from 'zod/mini';
import { operationIn, problemsIn, replyViolationIn, type OperationDefinition } from './operations';
import type { Locale } from './locale';
import type { ProblemCode } from './problems';

// The feed's HTTP API (/api/feed), defined once, as the Talentfinder's is: what each operation takes, what it
// answers on success, and which problems it may answer with. The caller is always the token's subject: no body
// or query names the acting user.

const text = (max: number) => z.string().check(z.maxLength(max));
const isoDate = z.iso.datetime();

// Requests. Bounds here only limit what the service reads at all; the domain's own limits (a status of 2,000
// characters, ten topics) answer with feed.invalid and the field. HTML is bounded generously before sanitising:
// markup the sanitiser removes does not count against the author.

export const feedQuery = z.strictObject({
  view: z.optional(z.enum(['latest', 'foryou', 'topic', 'person'])),
  topic: z.optional(text(200)),
  person: z.optional(text(200)),
  top: z.optional(text(20)),
  cursor: z.optional(text(200)),
});
const topics = z.optional(z.array(text(200)).check(z.maxLength(100)));
export const newPostBody = z.strictObject({
  kind: z.enum(['status', 'blog']),
  title: z.optional(text(2_000)),
  bodyHtml: text(200_000),
  topics,
});
export const postEditBody = z.strictObject({
  title: z.optional(text(2_000)),
  bodyHtml: z.optional(text(200_000)),
  topics,
});
export const newCommentBody = z.strictObject({ bodyHtml: text(50_000), parentId: z.optional(text(200)) });
export const commentEditBody = z.strictObject({ bodyHtml: text(50_000) });
export const followBody = z.union([
  z.strictObject({ person: text(200) }),
  z.strictObject({ topic: text(200) }),
]);
/** DELETE /api/feed/follows names what to stop following in the query: DELETE bodies are not reliably sent. */
export const unfollowQuery = followBody;
export const peopleQuery = z.strictObject({ q: text(1000) });
export const reportBody = z.strictObject({ reason: text(5_000) });
export const moderationBody = z.strictObject({ action: z.enum(['hide', 'restore']), reason: text(5_000) });

// Replies.

export const author = z.strictObject({
  id: z.string(),
  displayName: z.string(),
  /** Graph's availability; absent when presence could not be read for this page. */
  presence: z.optional(z.strictObject({ availability: z.string(), activity: z.string() })),
});
export const topic = z.strictObject({ key: z.string(), label: z.string() });
export const documentLink = z.strictObject({ url: z.string(), title: z.string(), type: z.string() });
/** Shown to the author and to moderators only. */
export const hidden = z.strictObject({ reason: z.string(), at: isoDate });
export const post = z.strictObject({
  id: z.string(),
  kind: z.enum(['status', 'blog', 'liveblog']),
  title: z.optional(z.string()),
  bodyHtml: z.string(),
  author,
  topics: z.array(topic),
  mentions: z.array(z.string()),
  links: z.array(documentLink),
  createdAt: isoDate,
  editedAt: z.optional(isoDate),
  likeCount: z.number().check(z.int(), z.minimum(0)),
  commentCount: z.number().check(z.int(), z.minimum(0)),
  likedByMe: z.boolean(),
  hidden: z.optional(hidden),
  /** "For you" only: why the post is there. */
  because: z.optional(z.enum(['own', 'person', 'topic', 'department'])),
});
export const feedPage = z.strictObject({ items: z.array(post), nextCursor: z.optional(z.string()) });
const commentFields = {
  id: z.string(),
  postId: z.string(),
  parentId: z.optional(z.string()),
  author,
  bodyHtml: z.string(),
  createdAt: isoDate,
  editedAt: z.optional(isoDate),
  likeCount: z.number().check(z.int(), z.minimum(0)),
  likedByMe: z.boolean(),
  hidden: z.optional(hidden),
};
export const comment = z.strictObject(commentFields);
export const commentThread = z.strictObject({ ...commentFields, replies: z.array(comment) });
export const comments = z.strictObject({ items: z.array(commentThread) });
export const likeState = z.strictObject({
  likeCount: z.number().check(z.int(), z.minimum(0)),
  likedByMe: z.boolean(),
});
export const following = z.strictObject({ people: z.array(z.string()), topics: z.array(z.string()) });
export const moderationRecord = z.strictObject({
  action: z.enum(['hide', 'restore']),
  reason: z.string(),
  at: isoDate,
});

/** Colleagues for the mention picker. */
export const people = z.strictObject({
  people: z.array(
    z.strictObject({
      id: z.string(),
      displayName: z.string(),
      jobTitle: z.nullable(z.string()),
      department: z.nullable(z.string()),
    }),
  ),
});
/** What the app needs to know of its user: whether to offer moderation. */
export const feedMe = z.strictObject({ id: z.string(), isModerator: z.boolean() });

export type FeedQueryWire = z.infer<typeof feedQuery>;
export type NewPostBody = z.infer<typeof newPostBody>;
export type PostEditBody = z.infer<typeof postEditBody>;
export type NewCommentBody = z.infer<typeof newCommentBody>;
export type FollowBody = z.infer<typeof followBody>;
export type PostWire = z.infer<typeof post>;
export type FeedPageWire = z.infer<typeof feedPage>;
export type CommentWire = z.infer<typeof comment>;
export type CommentThreadWire = z.infer<typeof commentThread>;
export type CommentsWire = z.infer<typeof comments>;
export type LikeStateWire = z.infer<typeof likeState>;
export type FollowingWire = z.infer<typeof following>;
export type ModerationRecordWire = z.infer<typeof moderationRecord>;
export type PeopleWire = z.infer<typeof people>;
export type FeedMeWire = z.infer<typeof feedMe>;

const BODY = ['feed.invalid'] as const;
const MISSING_POST = ['feed.post.not-found'] as const;
const MISSING_COMMENT = ['feed.comment.not-found'] as const;

/** The operations. `{id}` is a post's or a comment's id as the path says. */
export const FEED_OPERATIONS = {
  feed: {
    method: 'GET',
    path: '/api/feed',
    success: { status: 200, body: feedPage },
    problems: ['feed.invalid', 'feed.cursor.invalid'],
  },
  getPost: {
    method: 'GET',
    path: '/api/feed/posts/{id}',
    success: { status: 200, body: post },
    problems: MISSING_POST,
  },
  createPost: {
    method: 'POST',
    path: '/api/feed/posts',
    success: { status: 201, body: post },
    problems: BODY,
  },
  editPost: {
    method: 'PATCH',
    path: '/api/feed/posts/{id}',
    success: { status: 200, body: post },
    problems: [...BODY, ...MISSING_POST, 'feed.not-author', 'conflict'],
  },
  deletePost: {
    method: 'DELETE',
    path: '/api/feed/posts/{id}',
    success: { status: 204, body: undefined },
    problems: [...MISSING_POST, 'feed.not-author', 'conflict'],
  },
  likePost: {
    method: 'POST',
    path: '/api/feed/posts/{id}/likes',
    success: { status: 201, body: likeState },
    problems: [...MISSING_POST, 'feed.like.duplicate'],
  },
  unlikePost: {
    method: 'DELETE',
    path: '/api/feed/posts/{id}/likes',
    success: { status: 204, body: undefined },
    problems: [...MISSING_POST, 'feed.like.not-found'],
  },
  comments: {
    method: 'GET',
    path: '/api/feed/posts/{id}/comments',
    success: { status: 200, body: comments },
    problems: MISSING_POST,
  },
  addComment: {
    method: 'POST',
    path: '/api/feed/posts/{id}/comments',
    success: { status: 201, body: comment },
    problems: [...BODY, ...MISSING_POST, ...MISSING_COMMENT, 'feed.reply-too-deep'],
  },
  editComment: {
    method: 'PATCH',
    path: '/api/feed/comments/{id}',
    success: { status: 200, body: comment },
    problems: [...BODY, ...MISSING_COMMENT, 'feed.not-author', 'conflict'],
  },
  deleteComment: {
    method: 'DELETE',
    path: '/api/feed/comments/{id}',
    success: { status: 204, body: undefined },
    problems: [...MISSING_COMMENT, 'feed.not-author', 'conflict'],
  },
  likeComment: {
    method: 'POST',
    path: '/api/feed/comments/{id}/likes',
    success: { status: 201, body: likeState },
    problems: [...MISSING_COMMENT, 'feed.like.duplicate'],
  },
  unlikeComment: {
    method: 'DELETE',
    path: '/api/feed/comments/{id}/likes',
    success: { status: 204, body: undefined },
    problems: [...MISSING_COMMENT, 'feed.like.not-found'],
  },
  me: { method: 'GET', path: '/api/feed/me', success: { status: 200, body: feedMe }, problems: [] },
  people: { method: 'GET', path: '/api/feed/people', success: { status: 200, body: people }, problems: [] },
  following: {
    method: 'GET',
    path: '/api/feed/follows',
    success: { status: 200, body: following },
    problems: [],
  },
  follow: {
    method: 'POST',
    path: '/api/feed/follows',
    success: { status: 201, body: following },
    problems: [...BODY, 'feed.follow.self', 'feed.follow.duplicate', 'feed.person.not-found'],
  },
  unfollow: {
    method: 'DELETE',
    path: '/api/feed/follows',
    success: { status: 204, body: undefined },
    problems: [...BODY, 'feed.follow.not-found'],
  },
  reportPost: {
    method: 'POST',
    path: '/api/feed/posts/{id}/reports',
    success: { status: 201, body: undefined },
    problems: [...BODY, ...MISSING_POST, 'feed.report.duplicate'],
  },
  reportComment: {
    method: 'POST',
    path: '/api/feed/comments/{id}/reports',
    success: { status: 201, body: undefined },
    problems: [...BODY, ...MISSING_COMMENT, 'feed.report.duplicate'],
  },
  moderatePost: {
    method: 'POST',
    path: '/api/feed/posts/{id}/moderation',
    success: { status: 200, body: moderationRecord },
    problems: [...BODY, ...MISSING_POST, 'feed.not-moderator', 'feed.moderation.no-change', 'conflict'],
  },
  moderateComment: {
    method: 'POST',
    path: '/api/feed/comments/{id}/moderation',
    success: { status: 200, body: moderationRecord },
    problems: [...BODY, ...MISSING_COMMENT, 'feed.not-moderator', 'feed.moderation.no-change', 'conflict'],
  },
} as const satisfies Record<string, OperationDefinition>;

export type FeedOperation = keyof typeof FEED_OPERATIONS;

export const feedProblemsOf = (operation: FeedOperation): readonly ProblemCode[] =>
  problemsIn(FEED_OPERATIONS, operation);

export const feedReplyViolation = (
  operation: FeedOperation,
  status: number,
  body: unknown,
): string | undefined => replyViolationIn(FEED_OPERATIONS, operation, status, body);

export const feedOperationOf = (method: string, pathname: string): FeedOperation | undefined =>
  operationIn(FEED_OPERATIONS, method, pathname);

/** The fields feed.invalid names, as people call them. */
const FIELD_NAMES: Record<string, Record<Locale, string>> = {
  title: { 'en-US': 'The title', 'nl-NL': 'De titel' },
  bodyHtml: { 'en-US': 'The text', 'nl-NL': 'De tekst' },
  topics: { 'en-US': 'The topics', 'nl-NL': 'De onderwerpen' },
  topic: { 'en-US': 'The topic', 'nl-NL': 'Het onderwerp' },
  person: { 'en-US': 'The colleague', 'nl-NL': 'De collega' },
  mentions: { 'en-US': 'The mentions', 'nl-NL': 'De vermeldingen' },
  links: { 'en-US': 'The links', 'nl-NL': 'De links' },
  reason: { 'en-US': 'The reason', 'nl-NL': 'De reden' },
  top: { 'en-US': 'The page size', 'nl-NL': 'De paginagrootte' },
};

const REASONS: Record<string, Record<Locale, (limit: number | undefined) => string>> = {
  required: { 'en-US': () => 'is required.', 'nl-NL': () => 'is verplicht.' },
  'too-long': {
    'en-US': (limit) => `is too long (at most ${limit} characters).`,
    'nl-NL': (limit) => `is te lang (maximaal ${limit} tekens).`,
  },
  'too-many': {
    'en-US': (limit) => `are too many (at most ${limit}).`,
    'nl-NL': (limit) => `zijn te veel (maximaal ${limit}).`,
  },
  'not-allowed': { 'en-US': () => 'is not allowed here.', 'nl-NL': () => 'mag hier niet.' },
  malformed: { 'en-US': () => 'is not valid.', 'nl-NL': () => 'klopt niet.' },
};

/** feed.invalid worded for its field ("The title is required."), or undefined for a field without words. */
export function fieldProblemText(
  field: string,
  reason: string,
  limit: number | undefined,
  locale: Locale,
): string | undefined {
  const name = FIELD_NAMES[field]?.[locale];
  const says = REASONS[reason]?.[locale];
  return name && says ? `${name} ${says(limit)}` : undefined;
}
