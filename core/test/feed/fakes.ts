// In-memory stand-ins for the feed's ports, keeping the rules the SharePoint lists keep: an eTag per item that
// changes on every write (a stale If-Match changes nothing), unique keys that refuse a second like or follow
// (ignoring case), dates to the second, removals that take what hangs off a post or comment along. They pass
// the same contract suite as the Graph adapters (test-support/feed-store-contract.ts).
import {
  plainText,
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

/**
 * What SharePoint keeps of a value: a copy (a caller's later changes do not reach the store, as over the
 * network), with dates to the second (a dateTime column drops milliseconds). Undefined properties are left out.
 */
function asStored<T>(value: T): T {
  if (value instanceof Date) return new Date(Math.floor(value.getTime() / 1000) * 1000) as T;
  if (Array.isArray(value)) return value.map(asStored) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, asStored(v)]),
    ) as T;
  return value;
}

/**
 * Items with eTags, like a SharePoint list: ids are whole numbers per list, every write changes the eTag, a
 * stale If-Match changes nothing. `staleWrites` makes the next writes lose a race, as with a concurrent writer.
 */
class VersionedItems<T extends { readonly id: string }> {
  private readonly items = new Map<string, Versioned<T>>();
  private nextId = 1;
  private version = 1;
  staleWrites = 0;

  create(value: Omit<T, 'id'>): T {
    const item = asStored({ ...value, id: String(this.nextId++) } as T);
    this.items.set(item.id, { value: item, etag: this.newEtag() });
    return asStored(item);
  }

  async get(id: string): Promise<Versioned<T> | undefined> {
    await Promise.resolve(); // a round trip
    const current = this.items.get(id);
    return current && { value: asStored(current.value), etag: current.etag };
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
      else if (change !== undefined) value[key] = change;
    }
    this.items.set(id, { value: asStored(value as T), etag: this.newEtag() });
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

/** What goes with a removed post or comment (the Graph adapters' cascade does the same on the lists). */
export interface Dependants {
  readonly likes?: InMemoryLikes;
  readonly reports?: InMemoryReports;
}

export class InMemoryPosts implements Posts {
  readonly items = new VersionedItems<Post>();
  constructor(private readonly dependants: Dependants & { readonly comments?: InMemoryComments } = {}) {}

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
    if (outcome !== 'written') return outcome;
    this.dependants.comments?.removeOfPost(id);
    removeReactions(this.dependants, { kind: 'post', id });
    return outcome;
  }
}

function removeReactions(dependants: Dependants, target: FeedTarget): void {
  dependants.likes?.removeOf(target);
  dependants.reports?.removeOf(target);
}

export class InMemoryComments implements Comments {
  readonly items = new VersionedItems<Comment>();
  constructor(private readonly dependants: Dependants = {}) {}

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
    if (outcome !== 'written') return outcome;
    removeReactions(this.dependants, { kind: 'comment', id });
    for (const reply of this.items.values()) if (reply.parentId === id) this.drop(reply.id);
    return outcome;
  }
  removeOfPost(postId: string): void {
    for (const comment of this.items.values()) if (comment.postId === postId) this.drop(comment.id);
  }
  private drop(id: string): void {
    this.items.delete(id);
    removeReactions(this.dependants, { kind: 'comment', id });
  }
}

/**
 * A unique-key column: the second add with the same key is refused, however many run at once. SharePoint
 * compares unique values ignoring case, so the key does too; its parts are kept apart whatever they contain.
 */
class UniqueRows<T> {
  readonly rows = new Map<string, T>();
  async add(parts: readonly string[], row: T): Promise<'added' | 'duplicate'> {
    await Promise.resolve(); // a round trip: concurrent adds interleave here, as requests do
    const key = keyOf(parts);
    if (this.rows.has(key)) return 'duplicate';
    this.rows.set(key, asStored(row));
    return 'added';
  }
  async remove(parts: readonly string[]): Promise<'removed' | 'not-found'> {
    await Promise.resolve();
    return this.rows.delete(keyOf(parts)) ? 'removed' : 'not-found';
  }
  removeWhere(test: (row: T) => boolean): void {
    for (const [key, row] of this.rows) if (test(row)) this.rows.delete(key);
  }
}

const keyOf = (parts: readonly string[]) => JSON.stringify(parts.map((part) => part.toLowerCase()));
const sameTarget = (a: FeedTarget, b: FeedTarget) => a.kind === b.kind && a.id === b.id;

export class InMemoryLikes implements Likes {
  readonly unique = new UniqueRows<Like>();
  add(like: Like) {
    return this.unique.add(likeParts(like.target, like.userId), like);
  }
  remove(target: FeedTarget, userId: string) {
    return this.unique.remove(likeParts(target, userId));
  }
  count(target: FeedTarget): number {
    return [...this.unique.rows.values()].filter((l) => sameTarget(l.target, target)).length;
  }
  removeOf(target: FeedTarget): void {
    this.unique.removeWhere((like) => sameTarget(like.target, target));
  }
}

export class InMemoryFollows implements Follows {
  readonly unique = new UniqueRows<Follow>();
  add(follow: Follow) {
    return this.unique.add(followParts(follow.followerId, follow.followed), follow);
  }
  remove(followerId: string, followed: Followed) {
    return this.unique.remove(followParts(followerId, followed));
  }
}

export class InMemoryReports implements Reports {
  readonly unique = new UniqueRows<Report>();
  add(report: Report) {
    return this.unique.add([report.target.kind, report.target.id, report.reporterId], report);
  }
  removeOf(target: FeedTarget): void {
    this.unique.removeWhere((report) => sameTarget(report.target, target));
  }
}

const likeParts = (target: FeedTarget, userId: string) => [target.kind, target.id, userId];
const followParts = (followerId: string, followed: Followed) => [followerId, followed.kind, followed.id];

export class InMemoryModerationLog implements ModerationLog {
  readonly records: ModerationRecord[] = [];
  async append(record: ModerationRecord): Promise<void> {
    this.records.push(asStored(record));
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
