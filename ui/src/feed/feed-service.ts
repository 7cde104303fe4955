/**
 * The Feed's port to the Samen service. The app talks only to this interface: hosts hand it `HttpFeedService`,
 * tests an in-memory fake that answers by the same HTTP contract (`@samen/core/contract`, FEED_OPERATIONS).
 * Shapes mirror the contract's replies, already parsed and checked.
 */
import type { Availability, Locale } from '@samen/core/contract';

export type { Locale } from '@samen/core/contract';

export type FeedView = 'latest' | 'foryou' | 'topic' | 'person';
export type PostKind = 'status' | 'blog' | 'liveblog';
export type Because = 'own' | 'person' | 'topic' | 'department';

export interface FeedPresence {
  readonly availability: Availability;
  readonly activity: string;
}

export interface FeedAuthor {
  readonly id: string;
  readonly displayName: string;
  /** Absent when the service could not read presence for this page. */
  readonly presence?: FeedPresence;
}

export interface FeedTopic {
  readonly key: string;
  readonly label: string;
}

export interface DocumentLink {
  readonly url: string;
  readonly title: string;
  readonly type: string;
}

export interface Hidden {
  readonly reason: string;
  readonly at: string;
}

export interface FeedPost {
  readonly id: string;
  readonly kind: PostKind;
  readonly title?: string;
  /** Sanitised by the service; the app sanitises it again before rendering (safe-html.ts). */
  readonly bodyHtml: string;
  readonly author: FeedAuthor;
  readonly topics: readonly FeedTopic[];
  readonly mentions: readonly string[];
  readonly links: readonly DocumentLink[];
  readonly createdAt: string;
  readonly editedAt?: string;
  readonly likeCount: number;
  readonly commentCount: number;
  readonly likedByMe: boolean;
  /** Only the author and moderators see hidden posts. */
  readonly hidden?: Hidden;
  readonly because?: Because;
}

export interface FeedPage {
  readonly items: readonly FeedPost[];
  readonly nextCursor?: string;
}

export interface FeedQuery {
  readonly view: FeedView;
  /** A topic's key, for the topic view. */
  readonly topic?: string;
  /** A person's id, for the person view. */
  readonly person?: string;
  readonly top: number;
  readonly cursor?: string;
}

export interface FeedComment {
  readonly id: string;
  readonly postId: string;
  readonly parentId?: string;
  readonly author: FeedAuthor;
  readonly bodyHtml: string;
  readonly createdAt: string;
  readonly editedAt?: string;
  readonly likeCount: number;
  readonly likedByMe: boolean;
  readonly hidden?: Hidden;
}

/** A comment with its replies: the feed allows one level of replies. */
export interface CommentThread extends FeedComment {
  readonly replies: readonly FeedComment[];
}

export interface NewPost {
  readonly kind: 'status' | 'blog';
  readonly title?: string;
  readonly bodyHtml: string;
  readonly topics: readonly string[];
}

export interface PostChange {
  readonly title?: string;
  readonly bodyHtml?: string;
  readonly topics?: readonly string[];
}

export interface LikeState {
  readonly likeCount: number;
  readonly likedByMe: boolean;
}

export interface Following {
  readonly people: readonly string[];
  readonly topics: readonly string[];
}

export type FollowTarget = { readonly person: string } | { readonly topic: string };

export type ModerationAction = 'hide' | 'restore';

export interface ModerationRecord {
  readonly action: ModerationAction;
  readonly reason: string;
  readonly at: string;
}

/** A colleague the mention picker offers. */
export interface PersonSuggestion {
  readonly id: string;
  readonly displayName: string;
}

/** Every call says in which language the service should word its messages, and may be cancelled. */
export interface CallOptions {
  readonly locale: Locale;
  readonly signal?: AbortSignal;
}

export interface FeedService {
  feed(query: FeedQuery, options: CallOptions): Promise<FeedPage>;
  /** One post (for a shared link); feed.post.not-found when it is gone or hidden from the reader. */
  getPost(postId: string, options: CallOptions): Promise<FeedPost>;
  createPost(post: NewPost, options: CallOptions): Promise<FeedPost>;
  editPost(postId: string, change: PostChange, options: CallOptions): Promise<FeedPost>;
  deletePost(postId: string, options: CallOptions): Promise<void>;
  likePost(postId: string, options: CallOptions): Promise<LikeState>;
  unlikePost(postId: string, options: CallOptions): Promise<void>;
  comments(postId: string, options: CallOptions): Promise<readonly CommentThread[]>;
  addComment(
    postId: string,
    bodyHtml: string,
    parentId: string | undefined,
    options: CallOptions,
  ): Promise<FeedComment>;
  editComment(commentId: string, bodyHtml: string, options: CallOptions): Promise<FeedComment>;
  deleteComment(commentId: string, options: CallOptions): Promise<void>;
  likeComment(commentId: string, options: CallOptions): Promise<LikeState>;
  unlikeComment(commentId: string, options: CallOptions): Promise<void>;
  following(options: CallOptions): Promise<Following>;
  follow(target: FollowTarget, options: CallOptions): Promise<Following>;
  unfollow(target: FollowTarget, options: CallOptions): Promise<void>;
  reportPost(postId: string, reason: string, options: CallOptions): Promise<void>;
  reportComment(commentId: string, reason: string, options: CallOptions): Promise<void>;
  moderatePost(
    postId: string,
    action: ModerationAction,
    reason: string,
    options: CallOptions,
  ): Promise<ModerationRecord>;
  moderateComment(
    commentId: string,
    action: ModerationAction,
    reason: string,
    options: CallOptions,
  ): Promise<ModerationRecord>;
  /** Colleagues for the mention picker, by name or mail (`GET /api/feed/people?q=`), the reader left out. */
  searchPeople(q: string, options: CallOptions): Promise<readonly PersonSuggestion[]>;
  /** Who the reader is to the feed (`GET /api/feed/me`): whether to offer moderation. */
  reader(options: CallOptions): Promise<FeedReader>;
}

/** The reader as the service knows them. */
export interface FeedReader {
  readonly id: string;
  readonly isModerator: boolean;
}
