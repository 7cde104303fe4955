import type { NewPost } from '@samen/core';
import { GraphPosts, isMalformedListItem, type FeedListSchemas } from '../../src';
import { FeedItems } from '../../src/feed/feed-items';
import { postOf } from '../../src/feed/post-rows';
import { VersionedStore } from '../../src/feed/versioned-store';
import { devControl, tenant } from '../../../test-support/tenant';
import { adminItems, feedStores, provisionedFeedLists, routeOf, shape, someId } from './support';

// What the contract cannot see: Graph round trips per operation, throttling, and cascades that cannot finish.
const t = tenant();
let lists: FeedListSchemas;
beforeAll(async () => {
  lists = await provisionedFeedLists(t);
});
afterEach(() => devControl(t, 'DELETE', '/faults'));

const aStatus = (): NewPost => ({
  kind: 'status',
  bodyHtml: '<p>Wie gaat er mee lunchen?</p>',
  authorId: someId(),
  topics: [{ key: 'lunch', label: 'Lunch' }],
  mentions: [],
  links: [],
  createdAt: new Date('2026-12-07T11:00:00Z'),
});
const noWait = { maxAttempts: 3, wait: () => Promise.resolve() };

describe('Graph round trips per operation', () => {
  it('post: create 1, get 1, update 1; like 1, unlike 2, follow 1, report 1, moderation record 1', async () => {
    const s = feedStores(t, lists);
    const post = await s.posts.create(aStatus());
    const { etag } = (await s.posts.get(post.id))!;
    await s.posts.update(post.id, { bodyHtml: '<p>Wie gaat er mee?</p>' }, etag);
    const like = { target: { kind: 'post', id: post.id } as const, userId: someId(), at: new Date() };
    await s.likes.add(like);
    await s.likes.remove(like.target, like.userId);
    await s.follows.add({ followerId: someId(), followed: { kind: 'topic', id: 'lunch' }, at: new Date() });
    await s.reports.add({ target: like.target, reporterId: someId(), reason: 'Spam', at: new Date() });
    await s.log.append({
      target: like.target,
      action: 'hide',
      moderatorId: someId(),
      reason: 'x',
      at: new Date(),
    });

    expect(s.requests.map(shape)).toEqual([
      `POST /lists/Posts/items`,
      `GET /lists/Posts/items/${post.id}`,
      `PATCH /lists/Posts/items/${post.id}/fields`,
      `POST /lists/Likes/items`,
      `GET /lists/Likes/items`,
      expect.stringMatching(new RegExp(`^DELETE /lists/Likes/items/\\d+$`)),
      `POST /lists/Follows/items`,
      `POST /lists/Reports/items`,
      `POST /lists/Moderation Log/items`,
    ]);
  });

  it('removing a post alone: the DELETE and one $batch of reads', async () => {
    const s = feedStores(t, lists);
    const post = await s.posts.create(aStatus());
    const { etag } = (await s.posts.get(post.id))!;
    s.requests.length = 0;
    expect(await s.posts.remove(post.id, etag)).toBe('written');
    expect(s.requests.map(shape)).toEqual([`DELETE /lists/Posts/items/${post.id}`, 'POST /$batch']);
  });

  it('removing a post with 11 comments and 12 likes: 1 + 1 batch of reads + 2 for the comments + 2 of deletes', async () => {
    const s = feedStores(t, lists);
    const post = await s.posts.create(aStatus());
    const comments = [];
    for (let i = 0; i < 11; i += 1)
      comments.push(
        await s.comments.create({
          postId: post.id,
          authorId: someId(),
          bodyHtml: `<p>${i}</p>`,
          mentions: [],
          createdAt: new Date(),
        }),
      );
    const targets = [
      { kind: 'post', id: post.id } as const,
      ...comments.map((c) => ({ kind: 'comment', id: c.id }) as const),
    ];
    for (const target of targets) await s.likes.add({ target, userId: someId(), at: new Date() });
    const { etag } = (await s.posts.get(post.id))!;
    s.requests.length = 0;

    expect(await s.posts.remove(post.id, etag)).toBe('written');

    // Reads: comments, likes and reports of the post (1 batch); likes and reports of 11 comments (22: 2 batches).
    // Deletes: 11 comments and 12 likes (23: 2 batches).
    expect(s.requests.map(shape)).toEqual([
      `DELETE /lists/Posts/items/${post.id}`,
      ...Array(5).fill('POST /$batch'),
    ]);
    expect(s.logged).toEqual([]);
    for (const comment of comments) expect(await s.comments.get(comment.id)).toBeUndefined();
  });
});

describe('throttling', () => {
  it('a throttled create (429: not executed) is sent again by the client and written once', async () => {
    await devControl(t, 'PUT', '/faults', {
      rules: [{ kind: 'throttle', route: routeOf('POST', lists.posts, '$'), count: 1, retryAfterSeconds: 0 }],
    });
    const s = feedStores(t, lists);
    const post = aStatus();

    const created = await s.posts.create(post);

    expect(s.requests.map(shape)).toEqual(Array(2).fill(`POST /lists/Posts/items`));
    const { body } = await adminItems(
      t,
      lists.posts,
      'GET',
      `?expand=fields&$filter=fields/AuthorId eq '${post.authorId}'`,
    );
    expect(body.value.map((item: { id: string }) => item.id)).toEqual([created.id]);
  });

  it('a create that meets its own CreateKey (a retry after a lost answer) reads the first attempt back', async () => {
    const s = feedStores(t, lists);
    const items = new FeedItems(s.client, t.hubSite.id, lists.posts);
    const key = someId();
    const fields = ['Kind', 'PostTitle', 'BodyHtml', 'AuthorId', 'Topics', 'Mentions', 'Links', 'CreatedAt'];
    const store = new VersionedStore(items, postOf, fields, () => key);
    const post = aStatus();
    const first = await store.create((k) => ({
      Title: 'x',
      Kind: 'status',
      BodyHtml: post.bodyHtml,
      AuthorId: post.authorId,
      Topics: '[]',
      Mentions: '[]',
      Links: '[]',
      CreatedAt: '2026-12-07T11:00:00Z',
      CreateKey: k,
    }));
    s.requests.length = 0;

    const again = await store.create((k) => ({
      Title: 'x',
      Kind: 'status',
      BodyHtml: '<p>other</p>',
      AuthorId: post.authorId,
      Topics: '[]',
      Mentions: '[]',
      Links: '[]',
      CreatedAt: '2026-12-07T11:00:00Z',
      CreateKey: k,
    }));

    expect(again).toEqual(first);
    expect(s.requests.map(shape)).toEqual([`POST /lists/Posts/items`, `GET /lists/Posts/items`]);
  });

  it('throttled deletes in a cascade are retried; those that still fail are logged by item id', async () => {
    const s = feedStores(t, lists);
    const post = await s.posts.create(aStatus());
    const comment = await s.comments.create({
      postId: post.id,
      authorId: someId(),
      bodyHtml: '<p>x</p>',
      mentions: [],
      createdAt: new Date(),
    });
    const like = { target: { kind: 'post', id: post.id } as const, userId: someId(), at: new Date() };
    await s.likes.add(like);
    await devControl(t, 'PUT', '/faults', {
      rules: [
        // The comment's delete is throttled once (retried), the like's always (given up after 3 attempts).
        {
          kind: 'throttle',
          route: routeOf('DELETE', lists.comments, `/${comment.id}$`),
          count: 1,
          retryAfterSeconds: 0,
        },
        { kind: 'throttle', route: routeOf('DELETE', lists.likes, '/'), share: 1, retryAfterSeconds: 0 },
      ],
    });
    const logged: string[] = [];
    const posts = new GraphPosts(s.client, {
      siteId: t.hubSite.id,
      lists,
      log: (m) => logged.push(m),
      batch: noWait,
    });

    expect(await posts.remove(post.id, (await posts.get(post.id))!.etag)).toBe('written');

    expect(await s.comments.get(comment.id)).toBeUndefined();
    expect(logged).toEqual([
      expect.stringMatching(
        new RegExp(`^feed: could not delete item \\d+ of '${lists.likes.displayName}' \\(429\\)$`),
      ),
    ]);
    const { body } = await devControl(t, 'GET', '/faults');
    expect(body.rules.map((rule: { fired: number }) => rule.fired)).toEqual([1, 3]);
    await devControl(t, 'DELETE', '/faults');
    expect(await s.likes.remove(like.target, like.userId)).toBe('removed');
  });
  it('a cascade that cannot look for likes logs what it could not look for, and still removes the rest', async () => {
    const s = feedStores(t, lists);
    const post = await s.posts.create(aStatus());
    const comment = await s.comments.create({
      postId: post.id,
      authorId: someId(),
      bodyHtml: '<p>x</p>',
      mentions: [],
      createdAt: new Date(),
    });
    await devControl(t, 'PUT', '/faults', {
      rules: [
        { kind: 'unavailable', route: routeOf('GET', lists.likes, '$'), share: 1, retryAfterSeconds: 0 },
      ],
    });
    const logged: string[] = [];
    const posts = new GraphPosts(s.client, {
      siteId: t.hubSite.id,
      lists,
      log: (m) => logged.push(m),
      batch: noWait,
    });

    expect(await posts.remove(post.id, (await posts.get(post.id))!.etag)).toBe('written');

    expect(await s.comments.get(comment.id)).toBeUndefined();
    expect(logged).toEqual([
      `feed: could not look for items of '${lists.likes.displayName}' with TargetId ${post.id} (Error: status 503)`,
      `feed: could not look for items of '${lists.likes.displayName}' with TargetId ${comment.id} (Error: status 503)`,
    ]);
  });
});

describe('reading one post', () => {
  it('throws MalformedListItem, naming the item, for a row edited into something else', async () => {
    const s = feedStores(t, lists);
    const post = await s.posts.create(aStatus());
    await adminItems(t, lists.posts, 'PATCH', `/${post.id}/fields`, { Topics: 'lunch, koffie' });
    const error = await s.posts.get(post.id).catch((e: unknown) => e);
    expect(isMalformedListItem(error)).toBe(true);
    expect(error).toMatchObject({
      list: lists.posts.displayName,
      itemId: post.id,
      issues: ['Topics: not JSON'],
    });
  });
});
