import { isFeedError, pickPeople, readTopics } from '@samen/core';
import {
  MAX_PEOPLE_PICKED,
  feedProblemsOf,
  feedQuery,
  fieldProblemText,
  followBody,
  moderationBody,
  newCommentBody,
  newPostBody,
  postEditBody,
  PROBLEMS,
  reportBody,
  statusOf,
  MAX_TITLE_LENGTH,
  type CommentWire,
  type FeedOperation,
  type Locale,
  type PostWire,
  type ProblemCode,
} from '@samen/core/contract';
import type {
  CallOptions,
  CommentThread,
  FeedComment,
  FeedPage,
  FeedPost,
  FeedQuery,
  FeedReader,
  FeedService,
  Following,
  FollowTarget,
  LikeState,
  ModerationAction,
  ModerationRecord,
  NewPost,
  PersonSuggestion,
  PostChange,
} from '../../src';
import { FeedServiceError } from '../../src';
import {
  feedQueryOf,
  newPostBodyOf,
  parseComment,
  parseComments,
  parseFeedPage,
  parseFollowing,
  parseLikeState,
  parseModerationRecord,
  parseMe,
  parsePeople,
  parsePost,
  postEditBodyOf,
} from '../../src/feed/http/wire';

type Method = keyof FeedService;

/** The contract's operation behind each method of the port. */
const OPERATION_OF: Record<Method, FeedOperation> = {
  feed: 'feed',
  getPost: 'getPost',
  createPost: 'createPost',
  editPost: 'editPost',
  deletePost: 'deletePost',
  likePost: 'likePost',
  unlikePost: 'unlikePost',
  comments: 'comments',
  addComment: 'addComment',
  editComment: 'editComment',
  deleteComment: 'deleteComment',
  likeComment: 'likeComment',
  unlikeComment: 'unlikeComment',
  following: 'following',
  follow: 'follow',
  unfollow: 'unfollow',
  reportPost: 'reportPost',
  reportComment: 'reportComment',
  moderatePost: 'moderatePost',
  moderateComment: 'moderateComment',
  searchPeople: 'people',
  reader: 'me',
};

export interface Call {
  readonly method: Method;
  readonly args: readonly unknown[];
  readonly locale: Locale;
}

export interface FakePerson {
  readonly id: string;
  readonly displayName: string;
  readonly presence?: { availability: string; activity: string };
}

/** A refusal as the service words it: the contract's code, and for feed.invalid the field and reason. */
class Refusal {
  constructor(
    readonly code: ProblemCode,
    readonly field?: { name: string; reason: string; limit?: number },
  ) {}
}

const invalid = (name: string, reason: string, limit?: number) =>
  new Refusal('feed.invalid', { name, reason, limit });

function roundTrip<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function checkRequest(schema: { safeParse(value: unknown): { success: boolean } }, wire: unknown): void {
  if (!schema.safeParse(wire).success) throw new Refusal('invalidRequest');
}

const MENTION = /data-mention="([A-Za-z0-9-]{1,64})"/g;
const TEXT = /<[^>]*>/g;

/**
 * An in-memory Samen feed that behaves like the network and answers by the HTTP contract (FEED_OPERATIONS):
 * requests go through the contract's request schemas, replies are JSON in the contract's wire shapes parsed by
 * HttpFeedService's own parsers, and refusals carry the contract's status, code and text in the caller's
 * language (feed.invalid worded per field, as the service does). It does not sanitise: bodies given to it are
 * stored and answered as they are, so the app's own sanitising is what the tests see.
 */
export class FakeFeedService implements FeedService {
  readonly calls: Call[] = [];
  private readonly failures: { method: Method; code: ProblemCode }[] = [];
  private posts: PostWire[] = [];
  private readonly threads = new Map<string, CommentWire[]>();
  private readonly likes = new Set<string>();
  private readonly followed = { people: new Set<string>(), topics: new Set<string>() };
  private readonly latency: number;
  private clock: number;
  private nextId = 1;

  constructor(
    private readonly me: FakePerson,
    private readonly people: readonly FakePerson[],
    options: { moderators?: readonly string[]; latency?: number; now?: Date } = {},
  ) {
    this.moderators = new Set(options.moderators ?? []);
    this.latency = options.latency ?? 5;
    this.clock = (options.now ?? new Date()).getTime();
  }

  private readonly moderators: Set<string>;

  // Arranging the world.

  /** A post written earlier, newest last given; `bodyHtml` is stored as given (as if it passed the service). */
  givenPost(
    post: Partial<PostWire> & { author: FakePerson; bodyHtml: string; minutesAgo?: number },
  ): PostWire {
    const { minutesAgo, author, ...rest } = post;
    const wire: PostWire = {
      id: `p${this.nextId++}`,
      kind: 'status',
      topics: [],
      mentions: [],
      links: [],
      createdAt: new Date(this.clock - (minutesAgo ?? 60) * 60_000).toISOString(),
      likeCount: 0,
      commentCount: 0,
      likedByMe: false,
      ...rest,
      author: this.authorOf(author),
    };
    this.posts = [wire, ...this.posts].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return wire;
  }

  givenComment(postId: string, author: FakePerson, bodyHtml: string, parentId?: string): CommentWire {
    const wire: CommentWire = {
      id: `c${this.nextId++}`,
      postId,
      ...(parentId ? { parentId } : {}),
      author: this.authorOf(author),
      bodyHtml,
      createdAt: new Date(this.clock - 5 * 60_000).toISOString(),
      likeCount: 0,
      likedByMe: false,
    };
    this.threads.set(postId, [...(this.threads.get(postId) ?? []), wire]);
    this.bumpComments(postId, 1);
    return wire;
  }

  givenFollowing(target: FollowTarget): void {
    if ('person' in target) this.followed.people.add(target.person);
    else this.followed.topics.add(target.topic);
  }

  /** The next call of `method` fails with the contract's problem `code` (one this operation may answer). */
  failNext(method: Method, code: ProblemCode): void {
    this.failures.push({ method, code });
  }

  callsOf(method: Method): Call[] {
    return this.calls.filter((call) => call.method === method);
  }

  stored(postId: string): PostWire | undefined {
    return this.posts.find((p) => p.id === postId);
  }

  // The port.

  feed(query: FeedQuery, options: CallOptions): Promise<FeedPage> {
    return this.answer('feed', [query], options, () => {
      const wire = feedQueryOf(query);
      checkRequest(feedQuery, wire);
      const top = Number(wire.top ?? 20);
      if (!Number.isInteger(top) || top < 1 || top > 50) throw invalid('top', 'malformed');
      // As the service: a topic's or a person's feed names it.
      if (wire.view === 'topic' && !wire.topic) throw invalid('topics', 'required');
      if (wire.view === 'person' && !wire.person) throw invalid('person', 'required');
      const offset = wire.cursor === undefined ? 0 : this.offsetOf(wire.cursor);
      const all = this.view(query);
      const items = all.slice(offset, offset + top);
      const next = offset + top < all.length ? { nextCursor: `o${offset + top}` } : {};
      return parseFeedPage(roundTrip({ items: items.map((p) => this.seen(p, query)), ...next }));
    });
  }

  getPost(postId: string, options: CallOptions): Promise<FeedPost> {
    return this.answer('getPost', [postId], options, () =>
      parsePost(roundTrip({ ...this.post(postId), likedByMe: this.likes.has(postId) })),
    );
  }

  createPost(draft: NewPost, options: CallOptions): Promise<FeedPost> {
    return this.answer('createPost', [draft], options, () => {
      const body = newPostBodyOf(draft);
      checkRequest(newPostBody, body);
      const title = body.kind === 'blog' ? (body.title ?? '').trim() : undefined;
      if (body.kind === 'blog' && !title) throw invalid('title', 'required');
      if (title && title.length > MAX_TITLE_LENGTH) throw invalid('title', 'too-long', MAX_TITLE_LENGTH);
      if (body.bodyHtml.replace(TEXT, '').trim() === '') throw invalid('bodyHtml', 'required');
      const topics = domainRule(() => readTopics(body.topics ?? []));
      const mentions = [...body.bodyHtml.matchAll(MENTION)].map((m) => m[1] ?? '');
      const post = this.givenPost({
        author: this.me,
        kind: body.kind,
        ...(title ? { title } : {}),
        bodyHtml: body.bodyHtml,
        topics,
        mentions: mentions.filter((id) => this.people.some((p) => p.id === id)),
        minutesAgo: 0,
      });
      return parsePost(roundTrip(post));
    });
  }

  editPost(postId: string, change: PostChange, options: CallOptions): Promise<FeedPost> {
    return this.answer('editPost', [postId, change], options, () => {
      const body = postEditBodyOf(change);
      checkRequest(postEditBody, body);
      const post = this.own(this.post(postId));
      if (post.kind === 'blog' && body.title !== undefined && body.title.trim() === '')
        throw invalid('title', 'required');
      if (body.bodyHtml !== undefined && body.bodyHtml.replace(TEXT, '').trim() === '')
        throw invalid('bodyHtml', 'required');
      const topics = body.topics ? domainRule(() => readTopics(body.topics ?? [])) : post.topics;
      Object.assign(post, {
        ...(body.title === undefined || post.kind !== 'blog' ? {} : { title: body.title.trim() }),
        ...(body.bodyHtml === undefined ? {} : { bodyHtml: body.bodyHtml }),
        topics,
        editedAt: new Date().toISOString(),
      });
      return parsePost(roundTrip(post));
    });
  }

  deletePost(postId: string, options: CallOptions): Promise<void> {
    return this.answer('deletePost', [postId], options, () => {
      this.own(this.post(postId));
      this.posts = this.posts.filter((p) => p.id !== postId);
    });
  }

  likePost(postId: string, options: CallOptions): Promise<LikeState> {
    return this.answer('likePost', [postId], options, () =>
      parseLikeState(roundTrip(this.like(this.post(postId)))),
    );
  }

  unlikePost(postId: string, options: CallOptions): Promise<void> {
    return this.answer('unlikePost', [postId], options, () => void this.unlike(this.post(postId)));
  }

  comments(postId: string, options: CallOptions): Promise<readonly CommentThread[]> {
    return this.answer('comments', [postId], options, () => {
      this.post(postId);
      const all = (this.threads.get(postId) ?? []).map((c) => this.seenComment(c));
      const items = all
        .filter((c) => !c.parentId)
        .map((c) => ({ ...c, replies: all.filter((r) => r.parentId === c.id) }));
      return parseComments(roundTrip({ items }));
    });
  }

  addComment(
    postId: string,
    bodyHtml: string,
    parentId: string | undefined,
    options: CallOptions,
  ): Promise<FeedComment> {
    return this.answer('addComment', [postId, bodyHtml, parentId], options, () => {
      checkRequest(newCommentBody, { bodyHtml, ...(parentId ? { parentId } : {}) });
      this.post(postId);
      if (parentId) {
        const parent = this.comment(parentId);
        if (parent.parentId) throw new Refusal('feed.reply-too-deep');
      }
      if (bodyHtml.replace(TEXT, '').trim() === '') throw invalid('bodyHtml', 'required');
      return parseComment(roundTrip(this.givenComment(postId, this.me, bodyHtml, parentId)));
    });
  }

  editComment(commentId: string, bodyHtml: string, options: CallOptions): Promise<FeedComment> {
    return this.answer('editComment', [commentId, bodyHtml], options, () => {
      const comment = this.ownComment(this.comment(commentId));
      Object.assign(comment, { bodyHtml, editedAt: new Date(this.clock).toISOString() });
      return parseComment(roundTrip(this.seenComment(comment)));
    });
  }

  deleteComment(commentId: string, options: CallOptions): Promise<void> {
    return this.answer('deleteComment', [commentId], options, () => {
      const comment = this.ownComment(this.comment(commentId));
      const list = this.threads.get(comment.postId) ?? [];
      const gone = list.filter((c) => c.id === commentId || c.parentId === commentId);
      this.threads.set(
        comment.postId,
        list.filter((c) => !gone.includes(c)),
      );
      this.bumpComments(comment.postId, -gone.length);
    });
  }

  likeComment(commentId: string, options: CallOptions): Promise<LikeState> {
    return this.answer('likeComment', [commentId], options, () =>
      parseLikeState(roundTrip(this.like(this.comment(commentId)))),
    );
  }

  unlikeComment(commentId: string, options: CallOptions): Promise<void> {
    return this.answer(
      'unlikeComment',
      [commentId],
      options,
      () => void this.unlike(this.comment(commentId)),
    );
  }

  following(options: CallOptions): Promise<Following> {
    return this.answer('following', [], options, () => parseFollowing(roundTrip(this.followingWire())));
  }

  follow(target: FollowTarget, options: CallOptions): Promise<Following> {
    return this.answer('follow', [target], options, () => {
      checkRequest(followBody, target);
      if ('person' in target) {
        if (target.person === this.me.id) throw new Refusal('feed.follow.self');
        if (!this.people.some((p) => p.id === target.person)) throw new Refusal('feed.person.not-found');
        if (this.followed.people.has(target.person)) throw new Refusal('feed.follow.duplicate');
        this.followed.people.add(target.person);
      } else {
        const [topic] = domainRule(() => readTopics([target.topic]));
        if (!topic || this.followed.topics.has(topic.key)) throw new Refusal('feed.follow.duplicate');
        this.followed.topics.add(topic.key);
      }
      return parseFollowing(roundTrip(this.followingWire()));
    });
  }

  unfollow(target: FollowTarget, options: CallOptions): Promise<void> {
    return this.answer('unfollow', [target], options, () => {
      checkRequest(followBody, target);
      const removed =
        'person' in target
          ? this.followed.people.delete(target.person)
          : this.followed.topics.delete(target.topic);
      if (!removed) throw new Refusal('feed.follow.not-found');
    });
  }

  reportPost(postId: string, reason: string, options: CallOptions): Promise<void> {
    return this.answer('reportPost', [postId, reason], options, () => {
      checkRequest(reportBody, { reason });
      this.post(postId);
    });
  }

  reportComment(commentId: string, reason: string, options: CallOptions): Promise<void> {
    return this.answer('reportComment', [commentId, reason], options, () => {
      checkRequest(reportBody, { reason });
      this.comment(commentId);
    });
  }

  moderatePost(
    postId: string,
    action: ModerationAction,
    reason: string,
    options: CallOptions,
  ): Promise<ModerationRecord> {
    return this.answer('moderatePost', [postId, action, reason], options, () =>
      parseModerationRecord(roundTrip(this.moderate(this.post(postId), action, reason))),
    );
  }

  moderateComment(
    commentId: string,
    action: ModerationAction,
    reason: string,
    options: CallOptions,
  ): Promise<ModerationRecord> {
    return this.answer('moderateComment', [commentId, action, reason], options, () =>
      parseModerationRecord(roundTrip(this.moderate(this.comment(commentId), action, reason))),
    );
  }

  reader(options: CallOptions): Promise<FeedReader> {
    return this.answer('reader', [], options, () =>
      parseMe(roundTrip({ id: this.me.id, isModerator: this.isModerator() })),
    );
  }

  searchPeople(q: string, options: CallOptions): Promise<readonly PersonSuggestion[]> {
    return this.answer('searchPeople', [q], options, () => {
      // The service's rule (core's pickPeople): names and mail starting with what was typed, the reader left out.
      const others = this.people.filter((p) => p.id !== this.me.id).map((p) => ({ ...p, userId: p.id }));
      const people = pickPeople(others, q, MAX_PEOPLE_PICKED).map((p) => ({
        id: p.userId,
        displayName: p.displayName,
        jobTitle: null,
        department: null,
      }));
      return parsePeople(roundTrip({ people }));
    });
  }

  // The rules, as the service applies them.

  private view(query: FeedQuery): PostWire[] {
    const visible = this.posts.filter((p) => !p.hidden || p.author.id === this.me.id || this.isModerator());
    if (query.view === 'topic') return visible.filter((p) => p.topics.some((t) => t.key === query.topic));
    if (query.view === 'person') return visible.filter((p) => p.author.id === query.person);
    if (query.view === 'foryou') return visible.filter((p) => this.because(p) !== undefined);
    return visible;
  }

  private because(post: PostWire): PostWire['because'] {
    if (post.author.id === this.me.id) return 'own';
    if (this.followed.people.has(post.author.id)) return 'person';
    if (post.topics.some((t) => this.followed.topics.has(t.key))) return 'topic';
    return undefined;
  }

  private seen(post: PostWire, query: FeedQuery): PostWire {
    const because = query.view === 'foryou' ? this.because(post) : undefined;
    const { because: _b, ...rest } = post;
    return { ...rest, likedByMe: this.likes.has(post.id), ...(because ? { because } : {}) };
  }

  private seenComment(comment: CommentWire): CommentWire {
    return { ...comment, likedByMe: this.likes.has(comment.id) };
  }

  private offsetOf(cursor: string): number {
    const offset = /^o(\d+)$/.exec(cursor)?.[1];
    if (offset === undefined) throw new Refusal('feed.cursor.invalid');
    return Number(offset);
  }

  private post(postId: string): PostWire {
    const post = this.posts.find((p) => p.id === postId);
    if (!post || (post.hidden && post.author.id !== this.me.id && !this.isModerator()))
      throw new Refusal('feed.post.not-found');
    return post;
  }

  private comment(commentId: string): CommentWire {
    const comment = [...this.threads.values()].flat().find((c) => c.id === commentId);
    if (!comment) throw new Refusal('feed.comment.not-found');
    return comment;
  }

  private own<T extends { author: { id: string } }>(thing: T): T {
    if (thing.author.id !== this.me.id) throw new Refusal('feed.not-author');
    return thing;
  }

  private ownComment(comment: CommentWire): CommentWire {
    return this.own(comment);
  }

  private like(thing: { id: string; likeCount: number }): LikeState {
    if (this.likes.has(thing.id)) throw new Refusal('feed.like.duplicate');
    this.likes.add(thing.id);
    thing.likeCount += 1;
    return { likeCount: thing.likeCount, likedByMe: true };
  }

  private unlike(thing: { id: string; likeCount: number }): void {
    if (!this.likes.delete(thing.id)) throw new Refusal('feed.like.not-found');
    thing.likeCount = Math.max(0, thing.likeCount - 1);
  }

  private moderate(
    thing: PostWire | CommentWire,
    action: ModerationAction,
    reason: string,
  ): ModerationRecord {
    checkRequest(moderationBody, { action, reason });
    if (!this.isModerator()) throw new Refusal('feed.not-moderator');
    if (reason.trim() === '') throw invalid('reason', 'required');
    if ((action === 'hide') === Boolean(thing.hidden)) throw new Refusal('feed.moderation.no-change');
    const at = new Date(this.clock).toISOString();
    if (action === 'hide') thing.hidden = { reason, at };
    else delete thing.hidden;
    return { action, reason, at };
  }

  private isModerator(): boolean {
    return this.moderators.has(this.me.id);
  }

  private bumpComments(postId: string, delta: number): void {
    const post = this.posts.find((p) => p.id === postId);
    if (post) post.commentCount = Math.max(0, post.commentCount + delta);
  }

  private followingWire(): Following {
    return { people: [...this.followed.people], topics: [...this.followed.topics] };
  }

  private authorOf(person: FakePerson): PostWire['author'] {
    return {
      id: person.id,
      displayName: person.displayName,
      ...(person.presence ? { presence: person.presence } : {}),
    };
  }

  /** A refusal becomes what HttpFeedService makes of the service's problem body. */
  private problem(method: Method, refusal: Refusal, locale: Locale): FeedServiceError {
    const { code, field } = refusal;
    if (!feedProblemsOf(OPERATION_OF[method]).includes(code))
      throw new Error(`fake: the contract does not let ${method} answer ${code}`);
    const worded = field && fieldProblemText(field.name, field.reason, field.limit, locale);
    return new FeedServiceError(
      statusOf(code),
      code,
      worded ?? PROBLEMS[code][locale],
      `fake: ${method} → ${code}`,
    );
  }

  private answer<T>(method: Method, args: unknown[], options: CallOptions, compute: () => T): Promise<T> {
    this.calls.push({ method, args: roundTrip(args), locale: options.locale });
    const index = this.failures.findIndex((entry) => entry.method === method);
    const planned = index >= 0 ? this.failures.splice(index, 1)[0]?.code : undefined;
    return new Promise<T>((resolve, reject) => {
      const { signal } = options;
      if (signal?.aborted) return reject(new DOMException('The operation was aborted.', 'AbortError'));
      const timer = setTimeout(() => {
        try {
          if (planned) throw new Refusal(planned);
          resolve(compute());
        } catch (error) {
          reject(error instanceof Refusal ? this.problem(method, error, options.locale) : error);
        }
      }, this.latency);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        },
        { once: true },
      );
    });
  }
}

/** The domain's own rule (core is pure, so the fake runs it); its feed.invalid becomes a worded refusal. */
function domainRule<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (isFeedError(error, 'feed.invalid')) {
      const e = error as unknown as { field: string; reason: string; limit?: number };
      throw invalid(e.field, e.reason, e.limit);
    }
    if (isFeedError(error)) throw new Refusal(error.code);
    throw error;
  }
}
