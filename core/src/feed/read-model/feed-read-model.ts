import type { Actor } from '../../actor';
import type { Clock } from '../../clock';
import { MAX_FEED_PAGE_SIZE } from '../../contract/limits';
import { InvalidFeedInputError } from '../errors';
import { likeKey, type Comment, type Follow, type FeedTarget, type Like, type Post } from '../model';
import { isVisibleTo } from '../targets';
import { readTopic } from '../topics';
import { decodeCursor, encodeCursor } from './cursor';
import { FollowGraph } from './follow-graph';
import { mergeNewestFirst, recentWhere } from './merge';
import { positionOf, SortedPosts, type FeedPosition } from './sorted-posts';

/** Why a post is in someone's "For you". */
export type ForYouReason = 'own' | 'person' | 'topic' | 'department';

/** A post as one person sees it in a feed. */
export interface PostView {
  readonly post: Post;
  readonly likeCount: number;
  readonly commentCount: number;
  readonly likedByMe: boolean;
  readonly because?: ForYouReason;
}

export interface CommentView {
  readonly comment: Comment;
  readonly likeCount: number;
  readonly likedByMe: boolean;
  /** Top-level comments only: their replies, oldest first. */
  readonly replies: readonly CommentView[];
}

export type FeedView =
  | { readonly kind: 'latest' }
  | { readonly kind: 'foryou' }
  | { readonly kind: 'topic'; readonly topic: string }
  | { readonly kind: 'person'; readonly personId: string };

export interface FeedPageQuery {
  readonly view: FeedView;
  readonly top: number;
  readonly cursor?: string;
}

export interface FeedPage {
  readonly items: readonly PostView[];
  readonly nextCursor?: string;
}

/** Who is asking: hidden things show to their authors and to moderators. */
export interface Viewer extends Actor {
  readonly isModerator: boolean;
}

export interface FeedReadModelOptions {
  readonly clock: Clock;
  /** The person's department, for "popular in your department"; unknown people have none. */
  readonly departmentOf: (userId: string) => string | undefined;
  /** Likes plus twice the comments that make a post popular. */
  readonly popularAt?: number;
  /** How recent a popular post must be. */
  readonly popularForMs?: number;
}

const DAY_MS = 86_400_000;

/**
 * The feed as the service holds it in memory: every post, comment, like and follow, kept fresh from the lists'
 * item delta and from the service's own writes. Counts are counted, never stored: one like is one record with
 * a unique key, so the count is exact whatever the concurrency.
 */
export class FeedReadModel {
  private readonly posts = new Map<string, Post>();
  private readonly latest = new SortedPosts();
  /** Posts liked and commented on enough to be popular, for "For you". */
  private readonly popular = new SortedPosts();
  private readonly byTopic = new Map<string, SortedPosts>();
  private readonly byAuthor = new Map<string, SortedPosts>();
  private readonly comments = new Map<string, Comment>();
  private readonly commentsByPost = new Map<string, Set<string>>();
  private readonly likes = new Map<string, Set<string>>();
  private readonly follows = new FollowGraph();
  private readonly popularAt: number;
  private readonly popularForMs: number;

  constructor(private readonly options: FeedReadModelOptions) {
    this.popularAt = options.popularAt ?? 3;
    this.popularForMs = options.popularForMs ?? 14 * DAY_MS;
  }

  get postCount(): number {
    return this.posts.size;
  }

  putPost(post: Post): void {
    const before = this.posts.get(post.id);
    if (before) this.unindex(before);
    this.posts.set(post.id, post);
    this.latest.put(post);
    sortedIn(this.byAuthor, post.authorId).put(post);
    for (const topic of post.topics) sortedIn(this.byTopic, topic.key).put(post);
    this.reconsider(post.id);
  }

  /** The post goes, and with it its comments and every like of either. */
  removePost(postId: string): void {
    const post = this.posts.get(postId);
    if (!post) return;
    this.unindex(post);
    this.posts.delete(postId);
    this.likes.delete(likeKeyOf({ kind: 'post', id: postId }));
    for (const commentId of this.commentsByPost.get(postId) ?? []) this.forgetComment(commentId);
    this.commentsByPost.delete(postId);
  }

  putComment(comment: Comment): void {
    this.comments.set(comment.id, comment);
    let ids = this.commentsByPost.get(comment.postId);
    if (!ids) this.commentsByPost.set(comment.postId, (ids = new Set()));
    ids.add(comment.id);
    this.reconsider(comment.postId);
  }

  /** The comment goes with its replies and their likes. */
  removeComment(commentId: string): void {
    const comment = this.comments.get(commentId);
    if (!comment) return;
    const ids = this.commentsByPost.get(comment.postId);
    for (const id of [...(ids ?? [])]) {
      if (id === commentId || this.comments.get(id)?.parentId === commentId) {
        ids?.delete(id);
        this.forgetComment(id);
      }
    }
    this.reconsider(comment.postId);
  }

  addLike(like: Like): void {
    const key = likeKeyOf(like.target);
    let users = this.likes.get(key);
    if (!users) this.likes.set(key, (users = new Set()));
    users.add(like.userId);
    if (like.target.kind === 'post') this.reconsider(like.target.id);
  }

  removeLike(target: FeedTarget, userId: string): void {
    this.likes.get(likeKeyOf(target))?.delete(userId);
    if (target.kind === 'post') this.reconsider(target.id);
  }

  addFollow(follow: Follow): void {
    this.follows.add(follow);
  }

  removeFollow(follow: Pick<Follow, 'followerId' | 'followed'>): void {
    this.follows.remove(follow);
  }

  /** What the person follows, for follow buttons. */
  followingOf(userId: string): { readonly people: readonly string[]; readonly topics: readonly string[] } {
    return this.follows.of(userId);
  }

  /** One page of a feed, newest first, as `viewer` may see it. */
  page(viewer: Viewer, query: FeedPageQuery): FeedPage {
    if (!Number.isInteger(query.top) || query.top < 1 || query.top > MAX_FEED_PAGE_SIZE)
      throw new InvalidFeedInputError('top', 'malformed', MAX_FEED_PAGE_SIZE);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    const { posts, reasonOf } = this.viewOf(viewer, query.view, after);
    const items: PostView[] = [];
    let more = false;
    for (const post of posts) {
      if (!isVisibleTo(post, viewer, viewer.isModerator)) continue;
      const because = reasonOf(post);
      if (because === null) continue;
      if (items.length === query.top) {
        more = true;
        break;
      }
      items.push(this.postView(viewer, post, because));
    }
    const last = items[items.length - 1];
    return { items, ...(more && last ? { nextCursor: encodeCursor(positionOf(last.post)) } : {}) };
  }

  /** One post as `viewer` sees it; undefined when it is not there for them. */
  post(viewer: Viewer, postId: string): PostView | undefined {
    const post = this.posts.get(postId);
    if (!post || !isVisibleTo(post, viewer, viewer.isModerator)) return undefined;
    return this.postView(viewer, post, undefined);
  }

  /** A post's comments as threads, oldest first; undefined when the post is not there for `viewer`. */
  commentsOf(viewer: Viewer, postId: string): readonly CommentView[] | undefined {
    if (!this.post(viewer, postId)) return undefined;
    const visible = this.visibleComments(viewer, postId).sort(byTime);
    const view = (comment: Comment, replies: CommentView[]): CommentView => ({
      comment,
      ...this.likesOf(viewer, { kind: 'comment', id: comment.id }),
      replies,
    });
    const replies = (parentId: string) =>
      visible.filter((c) => c.parentId === parentId).map((reply) => view(reply, []));
    return visible.filter((c) => c.parentId === undefined).map((top) => view(top, replies(top.id)));
  }

  /** A comment's likes as `viewer` sees them (nothing for a comment that is not there). */
  commentLikes(viewer: Actor, commentId: string): { likeCount: number; likedByMe: boolean } {
    return this.likesOf(viewer, { kind: 'comment', id: commentId });
  }

  private postView(viewer: Viewer, post: Post, because: ForYouReason | undefined): PostView {
    return {
      post,
      ...this.likesOf(viewer, { kind: 'post', id: post.id }),
      commentCount: this.commentCount(post.id),
      ...(because === undefined ? {} : { because }),
    };
  }

  private likesOf(viewer: Actor, target: FeedTarget): { likeCount: number; likedByMe: boolean } {
    const users = this.likes.get(likeKeyOf(target));
    return { likeCount: users?.size ?? 0, likedByMe: users?.has(viewer.userId) ?? false };
  }

  // Counted as everyone sees them: hidden comments, and replies to them, are not in the count.
  private commentCount(postId: string): number {
    let count = 0;
    for (const id of this.commentsByPost.get(postId) ?? []) {
      const comment = this.comments.get(id);
      if (comment && !comment.hidden && !this.hiddenParent(comment)) count++;
    }
    return count;
  }

  private visibleComments(viewer: Viewer, postId: string): Comment[] {
    const visible: Comment[] = [];
    for (const id of this.commentsByPost.get(postId) ?? []) {
      const comment = this.comments.get(id);
      if (!comment || !isVisibleTo(comment, viewer, viewer.isModerator)) continue;
      const parent = comment.parentId === undefined ? undefined : this.comments.get(comment.parentId);
      if (comment.parentId !== undefined && (!parent || !isVisibleTo(parent, viewer, viewer.isModerator)))
        continue;
      visible.push(comment);
    }
    return visible;
  }

  private hiddenParent(comment: Comment): boolean {
    if (comment.parentId === undefined) return false;
    const parent = this.comments.get(comment.parentId);
    return !parent || Boolean(parent.hidden);
  }

  private viewOf(
    viewer: Viewer,
    view: FeedView,
    after: FeedPosition | undefined,
  ): { posts: Iterable<Post>; reasonOf: (post: Post) => ForYouReason | undefined | null } {
    const every = () => undefined;
    switch (view.kind) {
      case 'latest':
        return { posts: this.latest.newestFirst(after), reasonOf: every };
      case 'topic':
        return {
          posts: (this.byTopic.get(readTopic(view.topic).key) ?? EMPTY).newestFirst(after),
          reasonOf: every,
        };
      case 'person':
        return { posts: (this.byAuthor.get(view.personId) ?? EMPTY).newestFirst(after), reasonOf: every };
      case 'foryou':
        return this.forYou(viewer, after);
    }
  }

  // Your posts, those of people and topics you follow, and what is popular in your department these two weeks.
  // Someone who follows nothing yet gets everything of their department of these two weeks, not an empty feed.
  private forYou(viewer: Viewer, after: FeedPosition | undefined) {
    const following = this.follows.sets(viewer.userId);
    const department = this.options.departmentOf(viewer.userId);
    const newcomer = following.people.size === 0 && following.topics.size === 0;
    const since = this.options.clock.now().getTime() - this.popularForMs;
    const inDepartment = (post: Post) =>
      department !== undefined && this.options.departmentOf(post.authorId) === department;
    const sources: Iterable<Post>[] = [(this.byAuthor.get(viewer.userId) ?? EMPTY).newestFirst(after)];
    for (const id of following.people) sources.push((this.byAuthor.get(id) ?? EMPTY).newestFirst(after));
    for (const key of following.topics) sources.push((this.byTopic.get(key) ?? EMPTY).newestFirst(after));
    sources.push(
      recentWhere((newcomer ? this.latest : this.popular).newestFirst(after), since, inDepartment),
    );
    const reasonOf = (post: Post): ForYouReason | null => {
      if (post.authorId === viewer.userId) return 'own';
      if (following.people.has(post.authorId)) return 'person';
      if (post.topics.some((topic) => following.topics.has(topic.key))) return 'topic';
      return inDepartment(post) ? 'department' : null;
    };
    return { posts: mergeNewestFirst(sources), reasonOf };
  }

  // A post is popular with likes + 2 × comments ≥ popularAt; the popular list is kept as likes and comments come
  // and go, so "For you" reads it instead of weighing every post.
  private reconsider(postId: string): void {
    const post = this.posts.get(postId);
    if (!post) return;
    const likes = this.likes.get(likeKeyOf({ kind: 'post', id: postId }))?.size ?? 0;
    if (likes + 2 * this.commentCount(postId) >= this.popularAt) this.popular.put(post);
    else this.popular.remove(post);
  }

  private unindex(post: Post): void {
    this.latest.remove(post);
    this.popular.remove(post);
    this.byAuthor.get(post.authorId)?.remove(post);
    for (const topic of post.topics) this.byTopic.get(topic.key)?.remove(post);
  }

  private forgetComment(commentId: string): void {
    this.comments.delete(commentId);
    this.likes.delete(likeKeyOf({ kind: 'comment', id: commentId }));
  }
}

const EMPTY = new SortedPosts();

const likeKeyOf = (target: FeedTarget) => likeKey(target, '');

const byTime = (a: Comment, b: Comment) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1);

function sortedIn(map: Map<string, SortedPosts>, key: string): SortedPosts {
  let sorted = map.get(key);
  if (!sorted) map.set(key, (sorted = new SortedPosts()));
  return sorted;
}
