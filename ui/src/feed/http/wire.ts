import {
  availabilityOf,
  comment,
  comments,
  feedMe,
  feedPage,
  following,
  likeState,
  moderationRecord,
  people as peopleReply,
  post,
  type CommentWire,
  type FeedQueryWire,
  type NewPostBody,
  type PostEditBody,
  type PostWire,
} from '@samen/core/contract';
import type {
  CommentThread,
  FeedAuthor,
  FeedReader,
  FeedComment,
  FeedPage,
  FeedPost,
  FeedQuery,
  Following,
  LikeState,
  ModerationRecord,
  NewPost,
  PersonSuggestion,
  PostChange,
} from '../feed-service';

/**
 * The service's JSON, checked at the edge against the HTTP contract (FEED_OPERATIONS' schemas, which the service
 * is tested against) and turned into the port's types. A reply the contract does not allow throws a WireError.
 */
export class WireError extends Error {
  override readonly name = 'WireError';
}

type WireParse<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };

function checked<T>(schema: { safeParse(value: unknown): WireParse<T> }, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues.map(
    (issue) => `${[what, ...issue.path.map(String)].join('.')}: ${issue.message}`,
  );
  throw new WireError(where.join('; '));
}

// Requests, typed by the contract: a misspelt parameter (which the service refuses) does not compile.

export function feedQueryOf(query: FeedQuery): FeedQueryWire {
  return {
    view: query.view,
    top: String(query.top),
    ...(query.view === 'topic' && query.topic ? { topic: query.topic } : {}),
    ...(query.view === 'person' && query.person ? { person: query.person } : {}),
    ...(query.cursor ? { cursor: query.cursor } : {}),
  };
}

export function newPostBodyOf(draft: NewPost): NewPostBody {
  return {
    kind: draft.kind,
    bodyHtml: draft.bodyHtml,
    // A status has no title: the service refuses one (title not-allowed).
    ...(draft.kind === 'blog' ? { title: draft.title ?? '' } : {}),
    ...(draft.topics.length ? { topics: [...draft.topics] } : {}),
  };
}

export function postEditBodyOf(change: PostChange): PostEditBody {
  return {
    ...(change.title === undefined ? {} : { title: change.title }),
    ...(change.bodyHtml === undefined ? {} : { bodyHtml: change.bodyHtml }),
    ...(change.topics === undefined ? {} : { topics: [...change.topics] }),
  };
}

// Replies.

function authorOf(wire: PostWire['author']): FeedAuthor {
  const { presence, ...rest } = wire;
  return presence
    ? {
        ...rest,
        presence: { availability: availabilityOf(presence.availability), activity: presence.activity },
      }
    : rest;
}

function postOf(wire: PostWire): FeedPost {
  return { ...wire, author: authorOf(wire.author) };
}

function commentOf(wire: CommentWire): FeedComment {
  return { ...wire, author: authorOf(wire.author) };
}

export function parsePost(value: unknown): FeedPost {
  return postOf(checked(post, value, 'post'));
}

export function parseFeedPage(value: unknown): FeedPage {
  const wire = checked(feedPage, value, 'feed');
  return { ...wire, items: wire.items.map(postOf) };
}

export function parseComment(value: unknown): FeedComment {
  return commentOf(checked(comment, value, 'comment'));
}

export function parseComments(value: unknown): CommentThread[] {
  return checked(comments, value, 'comments').items.map((thread) => ({
    ...commentOf(thread),
    replies: thread.replies.map(commentOf),
  }));
}

export function parseLikeState(value: unknown): LikeState {
  return checked(likeState, value, 'likes');
}

export function parseFollowing(value: unknown): Following {
  return checked(following, value, 'follows');
}

export function parseModerationRecord(value: unknown): ModerationRecord {
  return checked(moderationRecord, value, 'moderation');
}

export function parsePeople(value: unknown): PersonSuggestion[] {
  return checked(peopleReply, value, 'people').people.map(({ id, displayName }) => ({ id, displayName }));
}

export function parseMe(value: unknown): FeedReader {
  return checked(feedMe, value, 'me');
}
