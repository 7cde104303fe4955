import type { Post } from '../model';

/** Where a post stands in a feed: newest first, and the same order every time (ties broken by id). */
export interface FeedPosition {
  readonly at: number;
  readonly id: string;
}

export const positionOf = (post: Post): FeedPosition => ({ at: post.createdAt.getTime(), id: post.id });

/** Negative when `a` comes before `b` in time. */
export function compare(a: FeedPosition, b: FeedPosition): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Posts in time order. Posts nearly always arrive newest last, so an insert is an append. A first load that
 * arrives in another order (newest first, or lists merged) appends and sorts once when next read, instead of
 * moving the array for every post (quadratic at 100,000).
 */
export class SortedPosts {
  private readonly posts: Post[] = [];
  private unsorted = false;

  get size(): number {
    return this.posts.length;
  }

  /** Adds the post, or replaces the stored post with the same id and time. */
  put(post: Post): void {
    const last = this.posts[this.posts.length - 1];
    if (this.unsorted || !last || compare(positionOf(last), positionOf(post)) < 0) {
      this.posts.push(post);
      return;
    }
    const index = this.indexOf(positionOf(post));
    if (this.posts[index]?.id === post.id) this.posts[index] = post;
    else if (this.posts.length - index <= LATE_INSERT_LIMIT) this.posts.splice(index, 0, post);
    else {
      this.posts.push(post);
      this.unsorted = true;
    }
  }

  remove(post: Post): void {
    const index = this.indexOf(positionOf(post));
    if (this.posts[index]?.id === post.id) this.posts.splice(index, 1);
  }

  /** Newest first, from just before `before` (exclusive) or from the newest. */
  *newestFirst(before?: FeedPosition): Generator<Post> {
    this.sort();
    const start = before === undefined ? this.posts.length : this.indexOf(before);
    for (let i = start - 1; i >= 0; i--) yield this.posts[i] as Post;
  }

  private sort(): void {
    if (!this.unsorted) return;
    this.posts.sort((a, b) => compare(positionOf(a), positionOf(b)));
    this.unsorted = false;
  }

  // The first index whose post is not before `position`.
  private indexOf(position: FeedPosition): number {
    this.sort();
    let low = 0;
    let high = this.posts.length;
    const last = this.posts[high - 1];
    if (last === undefined || compare(positionOf(last), position) < 0) return high;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(positionOf(this.posts[mid] as Post), position) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** A post arriving this few places from the newest end is spliced in; further back, sorting later is cheaper. */
const LATE_INSERT_LIMIT = 64;
