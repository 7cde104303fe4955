import type { FeedChanges, FeedSource } from '@samen/core';
import type { GraphClient } from '../graph-client';
import { Slots } from '../talent/batched-reads';
import { MalformedListItem } from '../talent/graph-errors';
import { nextItemDeltaRound, type ItemDeltaRound, type RawItem } from '../talent/list-items';
import type { FeedItems } from './feed-items';
import { feedListItems, type FeedListLocation } from './locations';
import { commentOf, postOf } from './post-rows';
import { followOf, likeOf } from './reaction-rows';

/** What one list's round changed, by what was delivered before. */
interface ListChanges<T> {
  /** New rows, and new versions of edited ones. */
  readonly fresh: T[];
  /** The delivered versions of rows that were edited, deleted or became malformed. */
  readonly replaced: T[];
  /**
   * Item ids of rows deleted or no longer readable, delivered before or not: the service applies its own writes
   * to the read model at once, so a post it wrote can be there without this source ever having delivered it.
   */
  readonly gone: string[];
  readonly malformed: MalformedListItem[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One list followed through item delta, remembering what it delivered by item id (deletions name only that). */
class DeltaFollower<T> {
  private deltaLink?: string;
  private readonly delivered = new Map<string, T>();

  constructor(
    private readonly items: FeedItems,
    private readonly read: (list: string, item: RawItem) => T | MalformedListItem,
  ) {}

  /** The next round from Graph; nothing is remembered until `apply`. A 410 reads the list again. */
  fetch(): Promise<ItemDeltaRound> {
    return nextItemDeltaRound(this.items, this.deltaLink, this.delivered.keys());
  }

  apply(round: ItemDeltaRound): ListChanges<T> {
    const changes: ListChanges<T> = { fresh: [], replaced: [], gone: [], malformed: [] };
    // An item can appear more than once in a round; its last appearance is its state.
    for (const entry of new Map(round.entries.map((e) => [e.id, e])).values()) {
      const before = this.delivered.get(entry.id);
      const now = 'deleted' in entry ? undefined : this.read(this.items.name, entry);
      if (now instanceof MalformedListItem) changes.malformed.push(now);
      const valid = now instanceof MalformedListItem ? undefined : now;
      if (before !== undefined && valid !== undefined && same(before, valid)) continue;
      if (before !== undefined) changes.replaced.push(before);
      if (valid !== undefined) {
        changes.fresh.push(valid);
        this.delivered.set(entry.id, valid);
      } else {
        changes.gone.push(entry.id);
        this.delivered.delete(entry.id);
      }
    }
    this.deltaLink = round.deltaLink;
    return changes;
  }
}

/**
 * core's `FeedSource` over the item delta of the Posts, Comments, Likes and Follows lists: the first round
 * delivers everything, later rounds what changed. One request per list and page (4 for a quiet round); an
 * expired token (410) reads that list again and reports the difference. All four lists are read before any
 * is applied, so a failed read loses no change: the next round asks again from the same place.
 */
export class GraphFeedSource implements FeedSource {
  private readonly posts;
  private readonly comments;
  private readonly likes;
  private readonly follows;
  /** One round at a time: two at once would follow the same deltaLinks. */
  private readonly rounds = new Slots(1);

  constructor(client: GraphClient, location: FeedListLocation) {
    const lists = feedListItems(client, location);
    this.posts = new DeltaFollower(lists.posts, postOf);
    this.comments = new DeltaFollower(lists.comments, commentOf);
    this.likes = new DeltaFollower(lists.likes, likeOf);
    this.follows = new DeltaFollower(lists.follows, followOf);
  }

  changes(): Promise<FeedChanges> {
    return this.rounds.run(() => this.round());
  }

  private async round(): Promise<FeedChanges> {
    const [posts, comments, likes, follows] = await Promise.all([
      this.posts.fetch(),
      this.comments.fetch(),
      this.likes.fetch(),
      this.follows.fetch(),
    ]);
    const p = this.posts.apply(posts);
    const c = this.comments.apply(comments);
    const l = this.likes.apply(likes);
    const f = this.follows.apply(follows);
    return {
      posts: { upserted: p.fresh, removed: p.gone },
      comments: { upserted: c.fresh, removed: c.gone },
      likes: { added: l.fresh, removed: l.replaced },
      follows: { added: f.fresh, removed: f.replaced },
      malformed: [...p.malformed, ...c.malformed, ...l.malformed, ...f.malformed],
    };
  }
}
