import {
  addComment,
  createPost,
  deleteComment,
  deletePost,
  editComment,
  editPost,
  follow,
  like,
  moderate,
  pickPeople,
  report,
  unfollow,
  unlike,
  CommentNotFoundError,
  InvalidFeedInputError,
  PostNotFoundError,
  type FeedPage,
  type FeedTarget,
  type FeedView,
  type Presence,
  type Viewer,
} from '@samen/core';
import {
  DEFAULT_FEED_PAGE_SIZE,
  MAX_PEOPLE_PICKED,
  commentEditBody,
  feedQuery,
  followBody,
  moderationBody,
  peopleQuery,
  type FeedMeWire,
  type PeopleWire,
  newCommentBody,
  newPostBody,
  postEditBody,
  reportBody,
  unfollowQuery,
  type CommentsWire,
  type FeedPageWire,
  type FollowingWire,
  type LikeStateWire,
  type ModerationRecordWire,
} from '@samen/core/contract';
import type { Express, Request } from 'express';
import { authenticated, type ApiDeps, type CallContext, type Reply } from '../http/app';
import type { FeedRuntime } from './feed-runtime';
import { commentWire, postWire, threadWire, type WireContext } from './feed-wire';

// SharePoint item ids; anything else cannot be a post or comment, and never reaches a Graph path.
const ITEM_ID = /^[A-Za-z0-9_-]{1,64}$/;

function targetOf(req: Request, kind: FeedTarget['kind']): FeedTarget {
  const id = String(req.params.id);
  if (!ITEM_ID.test(id)) throw kind === 'post' ? new PostNotFoundError(id) : new CommentNotFoundError(id);
  return { kind, id };
}

async function viewerOf(runtime: FeedRuntime, call: CallContext): Promise<Viewer> {
  return { userId: call.actor.userId, isModerator: await runtime.moderators.isModerator(call.actor.userId) };
}

/** One presence request for everyone on the page; a page without presence is better than no page. */
async function presenceOf(
  runtime: FeedRuntime,
  userIds: Iterable<string>,
  deps: ApiDeps,
): Promise<ReadonlyMap<string, Presence>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  try {
    return await runtime.presence.presenceOf(ids);
  } catch (error) {
    deps.log(`feed: presence of ${ids.length} authors not read; the page goes without`, error);
    return new Map();
  }
}

function viewFrom(query: ReturnType<typeof feedQuery.parse>): FeedView {
  switch (query.view ?? 'foryou') {
    case 'latest':
      return { kind: 'latest' };
    case 'foryou':
      return { kind: 'foryou' };
    case 'topic':
      return { kind: 'topic', topic: query.topic ?? '' };
    case 'person':
      // A person's feed names the person; without one it is a wrong request, not an empty feed.
      if (!query.person) throw new InvalidFeedInputError('person', 'required');
      return { kind: 'person', personId: query.person };
  }
}

async function feedPage(
  runtime: FeedRuntime,
  deps: ApiDeps,
  req: Request,
  call: CallContext,
): Promise<Reply> {
  const query = feedQuery.parse(req.query);
  const pageOf = (isModerator: boolean) =>
    runtime.model.page(
      { userId: call.actor.userId, isModerator },
      {
        view: viewFrom(query),
        // Number('x') is NaN, which the read model refuses like any other bad page size.
        top: query.top === undefined ? DEFAULT_FEED_PAGE_SIZE : Number(query.top),
        ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
      },
    );
  const authorsOf = (page: FeedPage) => page.items.map((item) => item.post.authorId);
  // One round trip: the page as most people see it, its authors' presence asked while the moderators group is
  // (when not remembered). A moderator's page may hold hidden posts too: their authors are asked after.
  const asReader = pageOf(false);
  const [isModerator, readersPresence] = await Promise.all([
    runtime.moderators.isModerator(call.actor.userId),
    presenceOf(runtime, authorsOf(asReader), deps),
  ]);
  const page = isModerator ? pageOf(true) : asReader;
  const asked = new Set(authorsOf(asReader));
  const missing = [...new Set(authorsOf(page))].filter((id) => !asked.has(id));
  const presence =
    isModerator && missing.length > 0
      ? new Map([...readersPresence, ...(await presenceOf(runtime, missing, deps))])
      : readersPresence;
  const context: WireContext = { runtime, locale: call.locale, presence };
  const body: FeedPageWire = {
    items: page.items.map((item) => postWire(context, item)),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
  return { status: 200, body };
}

async function onePost(
  runtime: FeedRuntime,
  deps: ApiDeps,
  call: CallContext,
  postId: string,
  status: number,
): Promise<Reply> {
  const view = runtime.model.post(await viewerOf(runtime, call), postId);
  if (!view) throw new PostNotFoundError(postId);
  const presence = await presenceOf(runtime, [view.post.authorId], deps);
  return { status, body: postWire({ runtime, locale: call.locale, presence }, view) };
}

async function comments(
  runtime: FeedRuntime,
  deps: ApiDeps,
  req: Request,
  call: CallContext,
): Promise<Reply> {
  const { id } = targetOf(req, 'post');
  const threads = runtime.model.commentsOf(await viewerOf(runtime, call), id);
  if (!threads) throw new PostNotFoundError(id);
  const authors = threads.flatMap((t) => [t.comment.authorId, ...t.replies.map((r) => r.comment.authorId)]);
  const context: WireContext = {
    runtime,
    locale: call.locale,
    presence: await presenceOf(runtime, authors, deps),
  };
  const body: CommentsWire = { items: threads.map((thread) => threadWire(context, thread)) };
  return { status: 200, body };
}

function likeState(runtime: FeedRuntime, call: CallContext, target: FeedTarget): LikeStateWire {
  const viewer = { userId: call.actor.userId, isModerator: false };
  if (target.kind === 'post') {
    const view = runtime.model.post(viewer, target.id);
    return { likeCount: view?.likeCount ?? 0, likedByMe: view?.likedByMe ?? false };
  }
  return runtime.model.commentLikes(viewer, target.id);
}

function following(runtime: FeedRuntime, call: CallContext): Reply {
  const mine = runtime.model.followingOf(call.actor.userId);
  const body: FollowingWire = { people: [...mine.people], topics: [...mine.topics] };
  return { status: 200, body };
}

function peopleFor(runtime: FeedRuntime, req: Request, call: CallContext): Reply {
  const { q } = peopleQuery.parse(req.query);
  // DirectoryPerson is a PickablePerson as it is; the caller does not mention themselves.
  const picked = pickPeople(runtime.directoryPeople(), q, MAX_PEOPLE_PICKED + 1)
    .filter((person) => person.userId !== call.actor.userId)
    .slice(0, MAX_PEOPLE_PICKED);
  const body: PeopleWire = {
    people: picked.map((p) => ({
      id: p.userId,
      displayName: p.displayName,
      jobTitle: p.jobTitle ?? null,
      department: p.department ?? null,
    })),
  };
  return { status: 200, body };
}

/** The feed's HTTP API under /api/feed; the caller is always the token's subject. */
export function mountFeedApi(app: Express, deps: ApiDeps, runtime: FeedRuntime): void {
  const route = (handler: (req: Request, call: CallContext) => Promise<Reply> | Reply) =>
    authenticated(deps, async (req, call) => handler(req, call));
  const cases = () => runtime.useCases;

  app.get(
    '/api/feed',
    route((req, call) => feedPage(runtime, deps, req, call)),
  );
  app.get(
    '/api/feed/posts/:id',
    route((req, call) => onePost(runtime, deps, call, targetOf(req, 'post').id, 200)),
  );
  app.post(
    '/api/feed/posts',
    route(async (req, call) => {
      const post = await createPost(cases(), call.actor, newPostBody.parse(req.body));
      runtime.afterPost(post);
      return onePost(runtime, deps, call, post.id, 201);
    }),
  );
  app.patch(
    '/api/feed/posts/:id',
    route(async (req, call) => {
      const post = await editPost(
        cases(),
        call.actor,
        targetOf(req, 'post').id,
        postEditBody.parse(req.body),
      );
      runtime.afterPost(post);
      return onePost(runtime, deps, call, post.id, 200);
    }),
  );
  app.delete(
    '/api/feed/posts/:id',
    route(async (req, call) => {
      const { id } = targetOf(req, 'post');
      await deletePost(cases(), call.actor, id);
      runtime.model.removePost(id);
      return { status: 204 };
    }),
  );
  app.get(
    '/api/feed/posts/:id/comments',
    route((req, call) => comments(runtime, deps, req, call)),
  );
  app.post(
    '/api/feed/posts/:id/comments',
    route(async (req, call) => {
      const comment = await addComment(
        cases(),
        call.actor,
        targetOf(req, 'post').id,
        newCommentBody.parse(req.body),
      );
      runtime.afterComment(comment);
      const presence = await presenceOf(runtime, [comment.authorId], deps);
      return {
        status: 201,
        body: commentWire(
          { runtime, locale: call.locale, presence },
          { comment, likeCount: 0, likedByMe: false },
        ),
      };
    }),
  );
  app.patch(
    '/api/feed/comments/:id',
    route(async (req, call) => {
      const { bodyHtml } = commentEditBody.parse(req.body);
      const comment = await editComment(cases(), call.actor, targetOf(req, 'comment').id, bodyHtml);
      runtime.afterComment(comment);
      const likes = runtime.model.commentLikes({ userId: call.actor.userId }, comment.id);
      const presence = await presenceOf(runtime, [comment.authorId], deps);
      return {
        status: 200,
        body: commentWire({ runtime, locale: call.locale, presence }, { comment, ...likes }),
      };
    }),
  );
  app.delete(
    '/api/feed/comments/:id',
    route(async (req, call) => {
      const { id } = targetOf(req, 'comment');
      await deleteComment(cases(), call.actor, id);
      runtime.model.removeComment(id);
      return { status: 204 };
    }),
  );
  for (const kind of ['post', 'comment'] as const) {
    const base = `/api/feed/${kind}s/:id`;
    app.post(
      `${base}/likes`,
      route(async (req, call) => {
        const stored = await like(cases(), call.actor, targetOf(req, kind));
        runtime.model.addLike(stored);
        return { status: 201, body: likeState(runtime, call, stored.target) };
      }),
    );
    app.delete(
      `${base}/likes`,
      route(async (req, call) => {
        const target = targetOf(req, kind);
        await unlike(cases(), call.actor, target);
        runtime.model.removeLike(target, call.actor.userId);
        return { status: 204 };
      }),
    );
    app.post(
      `${base}/reports`,
      route(async (req, call) => {
        await report(cases(), call.actor, targetOf(req, kind), reportBody.parse(req.body).reason);
        return { status: 201 };
      }),
    );
    app.post(
      `${base}/moderation`,
      route(async (req, call) => {
        const { action, reason } = moderationBody.parse(req.body);
        const { record, item } = await moderate(cases(), call.actor, targetOf(req, kind), action, reason);
        if ('postId' in item) runtime.afterComment(item);
        else runtime.afterPost(item);
        const body: ModerationRecordWire = {
          action: record.action,
          reason: record.reason,
          at: record.at.toISOString(),
        };
        return { status: 200, body };
      }),
    );
  }
  app.get(
    '/api/feed/me',
    route(async (_req, call) => {
      const isModerator = await runtime.moderators.isModerator(call.actor.userId);
      const body: FeedMeWire = { id: call.actor.userId, isModerator };
      return { status: 200, body };
    }),
  );
  app.get(
    '/api/feed/people',
    route((req, call) => peopleFor(runtime, req, call)),
  );
  app.get(
    '/api/feed/follows',
    route((_req, call) => following(runtime, call)),
  );
  app.post(
    '/api/feed/follows',
    route(async (req, call) => {
      runtime.model.addFollow(await follow(cases(), call.actor, followBody.parse(req.body)));
      return { ...following(runtime, call), status: 201 };
    }),
  );
  app.delete(
    '/api/feed/follows',
    route(async (req, call) => {
      const request = unfollowQuery.parse(req.query);
      const followed = await unfollow(cases(), call.actor, request);
      runtime.model.removeFollow({ followerId: call.actor.userId, followed });
      return { status: 204 };
    }),
  );
}
