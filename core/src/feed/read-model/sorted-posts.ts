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
 * Posts in time order. Posts nearly always arrive newest last, so an insert is an append; the binary search is
 * for the first load and for late deliveries.
 */
export class SortedPosts {
  private readonly posts: Post[] = [];

  get size(): number {
    return this.posts.length;
  }

  /** Adds the post, or replaces the stored post with the same id and time. */
  put(post: Post): void {
    const index = this.indexOf(positionOf(post));
    if (this.posts[index]?.id === post.id) this.posts[index] = post;
    else this.posts.splice(index, 0, post);
  }

  remove(post: Post): void {
    const index = this.indexOf(positionOf(post));
    if (this.posts[index]?.id === post.id) this.posts.splice(index, 1);
  }

  /** Newest first, from just before `before` (exclusive) or from the newest. */
  *newestFirst(before?: FeedPosition): Generator<Post> {
    const start = before === undefined ? this.posts.length : this.indexOf(before);
    for (let i = start - 1; i >= 0; i--) yield this.posts[i] as Post;
  }

  // The first index whose post is not before `position`.
  private indexOf(position: FeedPosition): number {
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
