import type { Post } from '../model';
import { compare, positionOf } from './sorted-posts';

/**
 * Several newest-first streams of posts as one, newest first, each post once. "For you" is the union of a few
 * short lists (your posts, each followed person's, each followed topic's, what is popular): merging them reads
 * only as far as the page needs, where filtering the whole feed would read past everyone not followed.
 */
export function* mergeNewestFirst(sources: readonly Iterable<Post>[]): Generator<Post> {
  const iterators = sources.map((source) => source[Symbol.iterator]());
  const heads = iterators.map((iterator) => iterator.next());
  const seen = new Set<string>();
  for (;;) {
    let newest = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i] as IteratorResult<Post>;
      if (head.done) continue;
      const best = heads[newest];
      if (!best || best.done || compare(positionOf(head.value), positionOf(best.value)) > 0) newest = i;
    }
    if (newest < 0) return;
    const post = (heads[newest] as IteratorYieldResult<Post>).value;
    heads[newest] = (iterators[newest] as Iterator<Post>).next();
    if (seen.has(post.id)) continue;
    seen.add(post.id);
    yield post;
  }
}

/** The posts of a newest-first stream made at or after `since`, and those only when `keep` says so. */
export function* recentWhere(
  posts: Iterable<Post>,
  since: number,
  keep: (post: Post) => boolean,
): Generator<Post> {
  for (const post of posts) {
    if (post.createdAt.getTime() < since) return;
    if (keep(post)) yield post;
  }
}
