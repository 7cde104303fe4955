// The feed's records as Samen keeps them (one SharePoint list each, graph-facts.md "Sites, lists, items"), and
// the read model's answers. Pure data: rules live in the use cases, storage in graph/.
import type { Topic } from './topics';

/** A status update is a few lines; a blog has a title; a live-blog entry belongs to an event's live blog. */
export type PostKind = 'status' | 'blog' | 'liveblog';

/** Why something is hidden, by whom and when: every moderation action is kept (see `ModerationRecord`). */
export interface Hidden {
  readonly by: string;
  readonly reason: string;
  readonly at: Date;
}

/** A link to a document in SharePoint or OneDrive, shown as a card: "refer, don't attach". */
export interface DocumentLink {
  readonly url: string;
  readonly title: string;
  /** The file's kind as people know it ("Word", "PDF", "folder"), for the card's icon and label. */
  readonly type: string;
}

export interface Post {
  readonly id: string;
  readonly kind: PostKind;
  /** Blogs only. */
  readonly title?: string;
  /** As stored: sanitised when it was written. */
  readonly bodyHtml: string;
  readonly authorId: string;
  /** Each key at most once, labels as the author typed them. */
  readonly topics: readonly Topic[];
  /** User ids mentioned in the body. */
  readonly mentions: readonly string[];
  readonly links: readonly DocumentLink[];
  /** Live-blog entries: the event whose live blog they belong to. */
  readonly eventId?: string;
  readonly createdAt: Date;
  readonly editedAt?: Date;
  readonly hidden?: Hidden;
}

export interface Comment {
  readonly id: string;
  readonly postId: string;
  /** A reply to this comment; replies have no replies of their own (one reply level). */
  readonly parentId?: string;
  readonly authorId: string;
  readonly bodyHtml: string;
  readonly mentions: readonly string[];
  readonly createdAt: Date;
  readonly editedAt?: Date;
  readonly hidden?: Hidden;
}

/** What a like, a report or a moderation action is about. */
export interface FeedTarget {
  readonly kind: 'post' | 'comment';
  readonly id: string;
}

/** One person's like of one post or comment; stored with a unique key (`likeKey`), so never twice. */
export interface Like {
  readonly target: FeedTarget;
  readonly userId: string;
  readonly at: Date;
}

/** Whom or what a person follows. Topics are followed by key. */
export type Followed =
  { readonly kind: 'person'; readonly id: string } | { readonly kind: 'topic'; readonly id: string };

export interface Follow {
  readonly followerId: string;
  readonly followed: Followed;
  readonly at: Date;
}

export interface Report {
  readonly target: FeedTarget;
  readonly reporterId: string;
  readonly reason: string;
  readonly at: Date;
}

/** A moderator's action, kept for ever: who hid or restored what, when and why. */
export interface ModerationRecord {
  readonly target: FeedTarget;
  readonly action: 'hide' | 'restore';
  readonly moderatorId: string;
  readonly reason: string;
  readonly at: Date;
}

// Unique keys: a list column with enforceUniqueValues holds them, so the store refuses the second write even when
// two service instances race (architecture.md, "Where data lives").
export const likeKey = (target: FeedTarget, userId: string) => `${target.kind}:${target.id}|${userId}`;
export const followKey = (followerId: string, followed: Followed) =>
  `${followerId}|${followed.kind}:${followed.id}`;
export const reportKey = (target: FeedTarget, reporterId: string) =>
  `${target.kind}:${target.id}|${reporterId}`;
