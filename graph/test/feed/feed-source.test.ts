import type { NewPost } from '@samen/core';
import { GraphFeedSource, type ListSchema } from '../../src';
import { appToken, devControl, rawGraph, tenant } from '../../../test-support/tenant';
import { adminItems, feedStores, provisionedFeedLists, someId } from './support';

// GraphFeedSource over the item delta of four lists on the dev tenant. Each test has lists of its own, so a
// first round holds exactly what the test wrote.
const t = tenant();

async function fresh() {
  const lists = await provisionedFeedLists(t);
  const stores = feedStores(t, lists);
  return { lists, ...stores, source: new GraphFeedSource(stores.client, { siteId: t.hubSite.id, lists }) };
}

const aStatus = (authorId = someId()): NewPost => ({
  kind: 'status',
  bodyHtml: '<p>Nieuw project!</p>',
  authorId,
  topics: [{ key: 'project', label: 'Project' }],
  mentions: [],
  links: [],
  createdAt: new Date('2026-12-07T08:00:00Z'),
});
const at = new Date('2026-12-07T09:00:00Z');

async function listId(list: ListSchema): Promise<string> {
  const path = `/sites/${t.hubSite.id}/lists/${encodeURIComponent(list.displayName)}?$select=id`;
  return (await rawGraph(t, path, { token: await appToken(t) })).body.id as string;
}

const none = { upserted: [], removed: [] };
const noChanges = {
  posts: none,
  comments: none,
  likes: { added: [], removed: [] },
  follows: { added: [], removed: [] },
  malformed: [],
};

describe('GraphFeedSource', () => {
  it('delivers everything first, then only what changed; a quiet round is one request per list', async () => {
    const s = await fresh();
    const post = await s.posts.create(aStatus());
    const comment = await s.comments.create({
      postId: post.id,
      authorId: someId(),
      bodyHtml: '<p>Mooi</p>',
      mentions: [],
      createdAt: at,
    });
    const like = { target: { kind: 'post', id: post.id } as const, userId: someId(), at };
    const follow = { followerId: someId(), followed: { kind: 'topic', id: 'project' } as const, at };
    await s.likes.add(like);
    await s.follows.add(follow);

    expect(await s.source.changes()).toEqual({
      posts: { upserted: [post], removed: [] },
      comments: { upserted: [comment], removed: [] },
      likes: { added: [like], removed: [] },
      follows: { added: [follow], removed: [] },
      malformed: [],
    });

    const later = await s.posts.create(aStatus());
    const { etag } = (await s.comments.get(comment.id))!;
    await s.comments.update(comment.id, { bodyHtml: '<p>Heel mooi</p>', editedAt: at }, etag);
    const changes = await s.source.changes();
    expect(changes).toEqual({
      ...noChanges,
      posts: { upserted: [later], removed: [] },
      comments: { upserted: [{ ...comment, bodyHtml: '<p>Heel mooi</p>', editedAt: at }], removed: [] },
    });

    s.requests.length = 0;
    expect(await s.source.changes()).toEqual(noChanges);
    // deltaLinks name lists by id: four lists, four requests.
    expect(s.requests).toEqual(
      Array(4).fill(expect.stringMatching(/^GET \/sites\/[^/]+\/lists\/[^/]+\/items\/delta$/)),
    );
  });

  it('reports deletions: posts and comments by id, likes and follows as the records they were', async () => {
    const s = await fresh();
    const post = await s.posts.create(aStatus());
    const comment = await s.comments.create({
      postId: post.id,
      authorId: someId(),
      bodyHtml: '<p>x</p>',
      mentions: [],
      createdAt: at,
    });
    const like = { target: { kind: 'comment', id: comment.id } as const, userId: someId(), at };
    const follow = { followerId: someId(), followed: { kind: 'person', id: post.authorId } as const, at };
    await s.likes.add(like);
    await s.follows.add(follow);
    await s.source.changes();

    await s.posts.remove(post.id, (await s.posts.get(post.id))!.etag);
    await s.follows.remove(follow.followerId, follow.followed);

    expect(await s.source.changes()).toEqual({
      ...noChanges,
      posts: { upserted: [], removed: [post.id] },
      comments: { upserted: [], removed: [comment.id] },
      likes: { added: [], removed: [like] },
      follows: { added: [], removed: [follow] },
    });
  });

  it('reports the removal of a post it never delivered: the service applied its own write at once', async () => {
    const s = await fresh();
    await s.source.changes();
    const post = await s.posts.create(aStatus());
    await s.posts.remove(post.id, (await s.posts.get(post.id))!.etag);
    expect((await s.source.changes()).posts).toEqual({ upserted: [], removed: [post.id] });
  });

  it('reports an edited like as its old version removed and its new one added', async () => {
    const s = await fresh();
    const like = { target: { kind: 'post', id: '1' } as const, userId: someId(), at };
    await s.likes.add(like);
    await s.source.changes();
    const { body } = await adminItems(t, s.lists.likes, 'GET', '');
    await adminItems(t, s.lists.likes, 'PATCH', `/${body.value[0].id}/fields`, {
      LikedAt: '2026-12-07T10:00:00Z',
    });

    const changes = await s.source.changes();

    expect(changes.likes).toEqual({
      added: [{ ...like, at: new Date('2026-12-07T10:00:00Z') }],
      removed: [like],
    });
  });

  it('reports malformed rows by list and item id, beside the good ones, and takes a broken post out', async () => {
    const s = await fresh();
    const good = await s.posts.create(aStatus());
    const broken = await s.posts.create(aStatus());
    await s.source.changes();
    await adminItems(t, s.lists.posts, 'PATCH', `/${broken.id}/fields`, { Mentions: '["ok", 7]' });
    const { body: forged } = await adminItems(t, s.lists.likes, 'POST', '', {
      fields: {
        Title: 'x',
        LikeKey: 'post:1|somebody-else',
        TargetKind: 'post',
        TargetId: good.id,
        UserId: someId(),
        LikedAt: '2026-12-07T10:00:00Z',
      },
    });

    const changes = await s.source.changes();

    expect(changes.posts).toEqual({ upserted: [], removed: [broken.id] });
    expect(changes.likes).toEqual({ added: [], removed: [] });
    expect(changes.malformed).toEqual([
      expect.objectContaining({
        list: s.lists.posts.displayName,
        itemId: broken.id,
        issues: ['Mentions.1: Invalid input: expected string, received number'],
      }),
      expect.objectContaining({
        list: s.lists.likes.displayName,
        itemId: forged.id,
        issues: ['LikeKey: LikeKey does not match TargetKind:TargetId|UserId'],
      }),
    ]);
  });

  it('starts a list over when its delta token expired (410), reporting the difference', async () => {
    const s = await fresh();
    const stays = await s.posts.create(aStatus());
    const goes = await s.posts.create(aStatus());
    const like = { target: { kind: 'post', id: goes.id } as const, userId: someId(), at };
    await s.likes.add(like);
    await s.source.changes();
    await s.posts.remove(goes.id, (await s.posts.get(goes.id))!.etag);
    const arrives = await s.posts.create(aStatus());
    await devControl(t, 'POST', '/delta/expire', { listId: await listId(s.lists.posts) });
    await devControl(t, 'POST', '/delta/expire', { listId: await listId(s.lists.likes) });

    const changes = await s.source.changes();

    expect(changes.posts.removed).toEqual([goes.id]);
    // The list is read again in full; only the difference to what was delivered is reported.
    expect(changes.posts.upserted).toEqual([arrives]);
    expect(changes.likes).toEqual({ added: [], removed: [like] });
    expect(s.requests.filter((r) => r.endsWith('/delta')).length).toBeGreaterThan(0);
    expect(await s.source.changes()).toEqual(noChanges);
    expect((await s.posts.get(stays.id))?.value).toEqual(stays);
  });

  it('runs one round at a time, so two calls at once never deliver a change twice', async () => {
    const s = await fresh();
    await s.source.changes();
    const post = await s.posts.create(aStatus());
    const [a, b] = await Promise.all([s.source.changes(), s.source.changes()]);
    expect([...a.posts.upserted, ...b.posts.upserted]).toEqual([post]);
  });
});
