import type {
  FeedTarget,
  Follow,
  Followed,
  Follows,
  Like,
  Likes,
  ModerationLog,
  ModerationRecord,
  Report,
  Reports,
} from '@samen/core';
import type { GraphClient } from '../graph-client';
import { storedFollowKey, storedLikeKey } from '../lists/feed-lists';
import { ConcurrentChangeConflict } from '../talent/graph-errors';
import type { FeedItems } from './feed-items';
import { feedListItems, type FeedListLocation } from './locations';
import { followFields, likeFields, reportFields } from './reaction-rows';

// A row is deleted by its key with its eTag; a 412 means it was edited meanwhile: read it again.
const MAX_DELETE_ATTEMPTS = 3;

/**
 * `add` never reads first: SharePoint's unique key column refuses the second row (409), so concurrent adds
 * cannot both get in. One request. (A 504 the SDK retried after SharePoint did write answers 'duplicate':
 * the row is there either way.)
 */
async function addUnique(items: FeedItems, fields: Record<string, unknown>): Promise<'added' | 'duplicate'> {
  return (await items.create(fields)) === 'created' ? 'added' : 'duplicate';
}

/** Two requests: find the row by its indexed key, delete it with its eTag. @throws ConcurrentChangeConflict */
async function removeUnique(items: FeedItems, column: string, key: string): Promise<'removed' | 'not-found'> {
  for (let attempt = 1; attempt <= MAX_DELETE_ATTEMPTS; attempt += 1) {
    const [item] = await items.where(column, key, [column]);
    if (!item) return 'not-found';
    const outcome = await items.delete(item);
    if (outcome !== 'stale') return outcome === 'deleted' ? 'removed' : 'not-found';
  }
  throw new ConcurrentChangeConflict(items.name, key, MAX_DELETE_ATTEMPTS);
}

/** Likes in `Samen Likes` under the unique LikeKey (`storedLikeKey`). add: 1 request; remove: 2. */
export class GraphLikes implements Likes {
  private readonly items: FeedItems;
  constructor(client: GraphClient, location: FeedListLocation) {
    this.items = feedListItems(client, location).likes;
  }
  /** @throws RangeError for an empty id or a key over 255 characters, before any request */
  add(like: Like): Promise<'added' | 'duplicate'> {
    return addUnique(this.items, likeFields(like));
  }
  remove(target: FeedTarget, userId: string): Promise<'removed' | 'not-found'> {
    return removeUnique(this.items, 'LikeKey', storedLikeKey(target, userId));
  }
}

/** Follows in `Samen Follows` under the unique FollowKey. add: 1 request; remove: 2. */
export class GraphFollows implements Follows {
  private readonly items: FeedItems;
  constructor(client: GraphClient, location: FeedListLocation) {
    this.items = feedListItems(client, location).follows;
  }
  add(follow: Follow): Promise<'added' | 'duplicate'> {
    return addUnique(this.items, followFields(follow));
  }
  remove(followerId: string, followed: Followed): Promise<'removed' | 'not-found'> {
    return removeUnique(this.items, 'FollowKey', storedFollowKey(followerId, followed));
  }
}

/** Reports in `Samen Reports`, one per person and thing (unique ReportKey). add: 1 request. */
export class GraphReports implements Reports {
  private readonly items: FeedItems;
  constructor(client: GraphClient, location: FeedListLocation) {
    this.items = feedListItems(client, location).reports;
  }
  add(report: Report): Promise<'added' | 'duplicate'> {
    return addUnique(this.items, reportFields(report));
  }
}

/** The moderation log in `Samen Moderation Log`: append only, one request per record. */
export class GraphModerationLog implements ModerationLog {
  private readonly items: FeedItems;
  constructor(client: GraphClient, location: FeedListLocation) {
    this.items = feedListItems(client, location).moderation;
  }
  async append(record: ModerationRecord): Promise<void> {
    const { target } = record;
    // No unique column, so a create cannot conflict; a 504 retried after it was written logs the action twice,
    // which a log may (the target's state is written separately, with its eTag).
    await this.items.create({
      Title: `${record.action} ${target.kind} ${target.id}`,
      TargetKind: target.kind,
      TargetId: target.id,
      Action: record.action,
      ModeratorId: record.moderatorId,
      Reason: record.reason,
      At: record.at.toISOString(),
    });
  }
}
