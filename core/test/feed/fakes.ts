// In-memory stand-ins for the feed's ports, keeping the rules the SharePoint lists keep: an eTag per item that
// changes on every write (a stale If-Match changes nothing), unique keys that refuse a second like or follow.
import {
  followKey,
  likeKey,
  plainText,
  reportKey,
  type Comment,
  type CommentChanges,
  type Comments,
  type FeedEvent,
  type FeedNotifications,
  type FeedPeople,
  type Follow,
  type Followed,
  type Follows,
  type FeedTarget,
  type HtmlSanitiser,
  type Like,
  type Likes,
  type ModerationLog,
  type ModerationRecord,
  type Moderators,
  type NewComment,
  type NewPost,
  type Post,
  type PostChanges,
  type Posts,
  type Report,
  type Reports,
  type SanitisedHtml,
  type Versioned,
  type WriteOutcome,
} from '../../src';

/** Items with eTags, like a SharePoint list; `staleOnce` makes the next write lose a race, as with a concurrent writer. */
class VersionedItems<T extends { readonly id: string }> {
  private readonly items = new Map<string, Versioned<T>>();
  private nextId = 1;
  private version = 1;
  staleWrites = 0;

  create(value: Omit<T, 'id'>): T {
    const item = { ...value, id: String(this.nextId++) } as T;
    this.items.set(item.id, { value: item, etag: this.newEtag() });
    return item;
  }

  async get(id: string): Promise<Versioned<T> | undefined> {
    return this.items.get(id);
  }

  update(id: string, changes: Partial<Record<keyof T, unknown>>, etag: string): WriteOutcome {
    const current = this.items.get(id);
    if (!current) return 'not-found';
    if (this.staleWrites > 0) {
      this.staleWrites--;
      this.items.set(id, { value: current.value, etag: this.newEtag() });
      return 'stale';
    }
    if (current.etag !== etag) return 'stale';
    const value = { ...current.value } as Record<string, unknown>;
    for (const [key, change] of Object.entries(changes)) {
      if (change === null) delete value[key];
      else value[key] = change;
    }
    this.items.set(id, { value: value as T, etag: this.newEtag() });
    return 'written';
  }

  remove(id: string, etag: string): WriteOutcome {
    const current = this.items.get(id);
    if (!current) return 'not-found';
    if (current.etag !== etag) return 'stale';
    this.items.delete(id);
    return 'written';
  }

  values(): T[] {
    return [...this.items.values()].map((item) => item.value);
  }

  delete(id: string): void {
    this.items.delete(id);
  }

  private newEtag(): string {
    return `"v${this.version++}"`;
  }
}

export class InMemoryPosts implements Posts {
  readonly items = new VersionedItems<Post>();
  constructor(private readonly comments?: InMemoryComments) {}

  async create(post: NewPost): Promise<Post> {
    return this.items.create(post);
  }
  get(id: string): Promise<Versioned<Post> | undefined> {
    return this.items.get(id);
  }
  async update(id: string, changes: PostChanges, etag: string): Promise<WriteOutcome> {
    return this.items.update(id, changes, etag);
  }
  async remove(id: string, etag: string): Promise<WriteOutcome> {
    const outcome = this.items.remove(id, etag);
    if (outcome === 'written') this.comments?.removeOfPost(id);
    return outcome;
  }
}

export class InMemoryComments implements Comments {
  readonly items = new VersionedItems<Comment>();

  async create(comment: NewComment): Promise<Comment> {
    return this.items.create(comment);
  }
  get(id: string): Promise<Versioned<Comment> | undefined> {
    return this.items.get(id);
  }
  async update(id: string, changes: CommentChanges, etag: string): Promise<WriteOutcome> {
    return this.items.update(id, changes, etag);
  }
  async remove(id: string, etag: string): Promise<WriteOutcome> {
    const outcome = this.items.remove(id, etag);
    if (outcome === 'written')
      for (const reply of this.items.values()) if (reply.parentId === id) this.items.delete(reply.id);
    return outcome;
  }
  removeOfPost(postId: string): void {
    for (const comment of this.items.values()) if (comment.postId === postId) this.items.delete(comment.id);
  }
}

/** A unique-key column: the second add with the same key is refused, however many run at once. */
class UniqueRows<T> {
  readonly rows = new Map<string, T>();
  async add(key: string, row: T): Promise<'added' | 'duplicate'> {
    await Promise.resolve(); // a round trip: concurrent adds interleave here, as requests do
    if (this.rows.has(key)) return 'duplicate';
    this.rows.set(key, row);
    return 'added';
  }
  async remove(key: string): Promise<'removed' | 'not-found'> {
    await Promise.resolve();
    return this.rows.delete(key) ? 'removed' : 'not-found';
  }
}

export class InMemoryLikes implements Likes {
  readonly unique = new UniqueRows<Like>();
  add(like: Like) {
    return this.unique.add(likeKey(like.target, like.userId), like);
  }
  remove(target: FeedTarget, userId: string) {
    return this.unique.remove(likeKey(target, userId));
  }
  count(target: FeedTarget): number {
    return [...this.unique.rows.values()].filter(
      (l) => l.target.kind === target.kind && l.target.id === target.id,
    ).length;
  }
}

export class InMemoryFollows implements Follows {
  readonly unique = new UniqueRows<Follow>();
  add(follow: Follow) {
    return this.unique.add(followKey(follow.followerId, follow.followed), follow);
  }
  remove(followerId: string, followed: Followed) {
    return this.unique.remove(followKey(followerId, followed));
  }
}

export class InMemoryReports implements Reports {
  readonly unique = new UniqueRows<Report>();
  add(report: Report) {
    return this.unique.add(reportKey(report.target, report.reporterId), report);
  }
}

export class InMemoryModerationLog implements ModerationLog {
  readonly records: ModerationRecord[] = [];
  async append(record: ModerationRecord): Promise<void> {
    this.records.push(record);
  }
}

export class FakeModerators implements Moderators {
  constructor(private readonly ids: readonly string[]) {}
  async isModerator(userId: string): Promise<boolean> {
    return this.ids.includes(userId);
  }
}

export class FakeFeedPeople implements FeedPeople {
  constructor(private readonly ids: readonly string[]) {}
  async existing(userIds: readonly string[]): Promise<ReadonlySet<string>> {
    return new Set(userIds.filter((id) => this.ids.includes(id)));
  }
}

export class RecordingNotifications implements FeedNotifications {
  readonly events: FeedEvent[] = [];
  async notify(events: readonly FeedEvent[]): Promise<void> {
    this.events.push(...events);
  }
}

/**
 * Reports what the service's sanitiser reports (text, mentions, links) but cleans nothing: core's rules only
 * read the report. Sanitising itself is tested on the service's adapter, with the XSS corpus.
 */
export class ReportingOnlySanitiser implements HtmlSanitiser {
  sanitise(html: string): SanitisedHtml {
    return {
      html,
      text: plainText(html),
      mentionIds: unique([...html.matchAll(/data-mention="([^"]+)"/g)].map((m) => m[1] as string)),
      linkUrls: unique([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] as string)),
    };
  }
}

const unique = (values: string[]) => [...new Set(values)];
