// Ports of the feed's use cases, named after what they are in the domain. The Graph adapters (SharePoint lists,
// group membership) live in graph/; fakes for tests beside the tests.
import type {
  Comment,
  DocumentLink,
  Follow,
  Followed,
  FeedTarget,
  Hidden,
  Like,
  ModerationRecord,
  Post,
  Report,
} from './model';

/** A record as stored, with the version an update must name (SharePoint's eTag, sent as If-Match). */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string;
}

/** An update that named an old version changed nothing: read again and decide again. */
export type WriteOutcome = 'written' | 'stale' | 'not-found';

export type NewPost = Omit<Post, 'id'>;
/** What an author may change, and the moderation state, which only moderators change. */
export type PostChanges = Partial<
  Pick<Post, 'title' | 'bodyHtml' | 'topics' | 'mentions' | 'links' | 'editedAt'>
> & {
  readonly hidden?: Hidden | null;
};

/** Port: posts. */
export interface Posts {
  create(post: NewPost): Promise<Post>;
  get(id: string): Promise<Versioned<Post> | undefined>;
  update(id: string, changes: PostChanges, etag: string): Promise<WriteOutcome>;
  /** Removes the post with its comments, likes and reports. */
  remove(id: string, etag: string): Promise<WriteOutcome>;
}

export type NewComment = Omit<Comment, 'id'>;
export type CommentChanges = Partial<Pick<Comment, 'bodyHtml' | 'mentions' | 'editedAt'>> & {
  readonly hidden?: Hidden | null;
};

/** Port: comments. */
export interface Comments {
  create(comment: NewComment): Promise<Comment>;
  get(id: string): Promise<Versioned<Comment> | undefined>;
  update(id: string, changes: CommentChanges, etag: string): Promise<WriteOutcome>;
  /** Removes the comment with its replies and likes. */
  remove(id: string, etag: string): Promise<WriteOutcome>;
}

/** Port: likes, stored under a unique key (`likeKey`): a second like of the same thing by the same person is refused. */
export interface Likes {
  add(like: Like): Promise<'added' | 'duplicate'>;
  remove(target: FeedTarget, userId: string): Promise<'removed' | 'not-found'>;
}

/** Port: follows, under a unique key (`followKey`). */
export interface Follows {
  add(follow: Follow): Promise<'added' | 'duplicate'>;
  remove(followerId: string, followed: Followed): Promise<'removed' | 'not-found'>;
}

/** Port: reports, one per person and thing reported (`reportKey`). */
export interface Reports {
  add(report: Report): Promise<'added' | 'duplicate'>;
}

/** Port: the moderation log; append only. */
export interface ModerationLog {
  append(record: ModerationRecord): Promise<void>;
}

/** Port: who moderates (members of a configured Microsoft 365 group). */
export interface Moderators {
  isModerator(userId: string): Promise<boolean>;
}

/** Port: the people directory, to check mentions and follows name real colleagues. */
export interface FeedPeople {
  /** The ids among these that belong to people in the directory. */
  existing(userIds: readonly string[]): Promise<ReadonlySet<string>>;
}

/** HTML as the sanitiser left it, and what it found in it. */
export interface SanitisedHtml {
  /** Safe to store and render: no scripts, no event handlers, no javascript: links, external links marked. */
  readonly html: string;
  /** What people read, for limits and #topics. */
  readonly text: string;
  /** User ids of the mentions in it, in order, each once. */
  readonly mentionIds: readonly string[];
  /** Addresses of the links in it, in order, each once. */
  readonly linkUrls: readonly string[];
}

/** Port: a maintained HTML sanitiser (the service's adapter), allowing what the editor makes and nothing else. */
export interface HtmlSanitiser {
  sanitise(html: string): SanitisedHtml;
}

/** Port: SharePoint and OneDrive documents behind links, for "refer, don't attach" cards. */
export interface DocumentLinks {
  /** The documents among these addresses that the author can open; other links stay plain links. */
  describe(urls: readonly string[]): Promise<readonly DocumentLink[]>;
}

/** What someone should hear about. Where notifications (the bot, e-mail, Teams activity) hook in. */
export type FeedEvent =
  | {
      readonly kind: 'mentioned';
      readonly userId: string;
      readonly by: string;
      readonly target: FeedTarget;
      readonly postId: string;
    }
  | {
      readonly kind: 'commented';
      readonly userId: string;
      readonly by: string;
      readonly postId: string;
      readonly commentId: string;
    }
  | {
      readonly kind: 'replied';
      readonly userId: string;
      readonly by: string;
      readonly postId: string;
      readonly commentId: string;
    };

/**
 * Port: notifications. Called after a write has been stored; it must not throw (a notice that cannot be sent is
 * the adapter's to retry or log, never a reason to undo the post).
 */
export interface FeedNotifications {
  notify(events: readonly FeedEvent[]): Promise<void>;
}
