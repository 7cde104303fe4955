import {
  addComment,
  createPost,
  deletePost,
  follow,
  isFeedError,
  like,
  moderate,
  report,
  unfollow,
  unlike,
  type FeedErrorCode,
} from '../../src';
import { ana, bram, failureOf, feedWorld, mod } from './world';

async function postBy(world: ReturnType<typeof feedWorld>, author = ana) {
  return createPost(world, author, { kind: 'status', bodyHtml: '<p>Wie heeft ervaring met OTDR?</p>' });
}

describe('comments', () => {
  it('tells the post author of a comment, and the one replied to of a reply, each person once', async () => {
    const world = feedWorld();
    const post = await postBy(world);
    const first = await addComment(world, bram, post.id, { bodyHtml: '<p>Ik!</p>' });
    const reply = await addComment(world, { userId: 'cas' }, post.id, {
      bodyHtml: '<p><span data-mention="ana">@Ana</span> <span data-mention="bram">@Bram</span> ook</p>',
      parentId: first.id,
    });
    expect(reply.parentId).toBe(first.id);
    expect(world.notifications.events).toEqual([
      { kind: 'commented', userId: 'ana', by: 'bram', postId: post.id, commentId: first.id },
      { kind: 'replied', userId: 'bram', by: 'cas', postId: post.id, commentId: reply.id },
      { kind: 'commented', userId: 'ana', by: 'cas', postId: post.id, commentId: reply.id },
    ]);
  });

  it.each<
    [string, (ids: { postId: string; replyId: string; otherCommentId: string }) => unknown, FeedErrorCode]
  >([
    [
      'a reply to a reply (one level only)',
      (ids) => ({ postId: ids.postId, parentId: ids.replyId }),
      'feed.reply-too-deep',
    ],
    [
      "a reply to another post's comment",
      (ids) => ({ postId: ids.postId, parentId: ids.otherCommentId }),
      'feed.comment.not-found',
    ],
    ['a comment on a post that is not there', () => ({ postId: '999' }), 'feed.post.not-found'],
  ])('refuses %s', async (_, target, code) => {
    const world = feedWorld();
    const post = await postBy(world);
    const other = await postBy(world, bram);
    const top = await addComment(world, bram, post.id, { bodyHtml: '<p>a</p>' });
    const reply = await addComment(world, ana, post.id, { bodyHtml: '<p>b</p>', parentId: top.id });
    const otherComment = await addComment(world, ana, other.id, { bodyHtml: '<p>c</p>' });
    const { postId, parentId } = target({
      postId: post.id,
      replyId: reply.id,
      otherCommentId: otherComment.id,
    }) as {
      postId: string;
      parentId?: string;
    };
    const count = world.comments.items.values().length;
    const error = await failureOf(
      addComment(world, bram, postId, { bodyHtml: '<p>d</p>', ...(parentId ? { parentId } : {}) }),
    );
    expect(isFeedError(error, code)).toBe(true);
    expect(world.comments.items.values()).toHaveLength(count);
  });

  it('refuses comments on a hidden post, as if it were not there', async () => {
    const world = feedWorld();
    const post = await postBy(world);
    await moderate(world, mod, { kind: 'post', id: post.id }, 'hide', 'Spam');
    expect(
      isFeedError(
        await failureOf(addComment(world, bram, post.id, { bodyHtml: '<p>x</p>' })),
        'feed.post.not-found',
      ),
    ).toBe(true);
  });

  it('goes when its post is deleted', async () => {
    const world = feedWorld();
    const post = await postBy(world);
    await addComment(world, bram, post.id, { bodyHtml: '<p>x</p>' });
    await deletePost(world, ana, post.id);
    expect(world.comments.items.values()).toEqual([]);
  });
});

describe('likes', () => {
  it('counts one like per person, exactly, when 200 people and their second clicks arrive at once', async () => {
    const world = feedWorld();
    const post = await postBy(world);
    const people = Array.from({ length: 200 }, (_, i) => ({ userId: `p${i}` }));
    const outcomes = await Promise.all(
      [...people, ...people].map((person) => failureOf(like(world, person, { kind: 'post', id: post.id }))),
    );
    expect(world.likes.count({ kind: 'post', id: post.id })).toBe(200);
    expect(outcomes.filter((e) => e === undefined)).toHaveLength(200);
    expect(outcomes.filter((e) => isFeedError(e, 'feed.like.duplicate'))).toHaveLength(200);
  });

  it('takes a like back once; a second time there is nothing to take back', async () => {
    const world = feedWorld();
    const post = await postBy(world);
    const target = { kind: 'post', id: post.id } as const;
    await like(world, bram, target);
    await unlike(world, bram, target);
    expect(world.likes.count(target)).toBe(0);
    expect(isFeedError(await failureOf(unlike(world, bram, target)), 'feed.like.not-found')).toBe(true);
  });

  it('likes comments too, but nothing hidden or gone', async () => {
    const world = feedWorld();
    const post = await postBy(world);
    const comment = await addComment(world, bram, post.id, { bodyHtml: '<p>x</p>' });
    await like(world, ana, { kind: 'comment', id: comment.id });
    expect(world.likes.count({ kind: 'comment', id: comment.id })).toBe(1);
    await moderate(world, mod, { kind: 'comment', id: comment.id }, 'hide', 'Onaardig');
    expect(
      isFeedError(
        await failureOf(like(world, bram, { kind: 'comment', id: comment.id })),
        'feed.comment.not-found',
      ),
    ).toBe(true);
    expect(
      isFeedError(await failureOf(like(world, bram, { kind: 'post', id: '999' })), 'feed.post.not-found'),
    ).toBe(true);
  });
});

describe('follows', () => {
  it('follows a colleague and a topic as typed, once each, and unfollows', async () => {
    const world = feedWorld();
    await follow(world, ana, { person: 'bram' });
    const topic = await follow(world, ana, { topic: '#Glasvezel' });
    expect(topic.followed).toEqual({ kind: 'topic', id: 'glasvezel' });
    expect(
      isFeedError(await failureOf(follow(world, ana, { topic: 'glasvezel' })), 'feed.follow.duplicate'),
    ).toBe(true);
    await unfollow(world, ana, { topic: 'GLASVEZEL' });
    expect(
      isFeedError(await failureOf(unfollow(world, ana, { topic: 'glasvezel' })), 'feed.follow.not-found'),
    ).toBe(true);
  });

  it.each<[string, { person: string } | { topic: string }, FeedErrorCode]>([
    ['yourself', { person: 'ana' }, 'feed.follow.self'],
    ['someone who is not a colleague', { person: 'ghost' }, 'feed.person.not-found'],
    ['a topic that is no hashtag', { topic: 'a b' }, 'feed.invalid'],
  ])('refuses to follow %s', async (_, request, code) => {
    const world = feedWorld();
    expect(isFeedError(await failureOf(follow(world, ana, request)), code)).toBe(true);
    expect(world.follows.unique.rows.size).toBe(0);
  });
});

describe('reports and moderation', () => {
  it('anyone reports once, with a reason', async () => {
    const world = feedWorld();
    const post = await postBy(world);
    const target = { kind: 'post', id: post.id } as const;
    expect(isFeedError(await failureOf(report(world, bram, target, '  ')), 'feed.invalid')).toBe(true);
    await report(world, bram, target, 'Bevat klantgegevens');
    expect(
      isFeedError(await failureOf(report(world, bram, target, 'Nog eens')), 'feed.report.duplicate'),
    ).toBe(true);
    expect([...world.reports.unique.rows.values()]).toEqual([
      expect.objectContaining({ reporterId: 'bram', reason: 'Bevat klantgegevens' }),
    ]);
  });

  it('records every hide and restore once, with who, why and when, also when a write had to be retried', async () => {
    const world = feedWorld();
    const post = await postBy(world);
    const target = { kind: 'post', id: post.id } as const;
    world.posts.items.staleWrites = 1;
    const { item } = await moderate(world, mod, target, 'hide', 'Bevat klantgegevens');
    expect(item).toEqual((await world.posts.get(post.id))?.value);
    expect((await world.posts.get(post.id))?.value.hidden).toEqual({
      by: 'mod',
      reason: 'Bevat klantgegevens',
      at: new Date('2026-12-07T09:00:00Z'),
    });
    world.clock.advance(3_600_000);
    await moderate(world, mod, target, 'restore', 'Gegevens verwijderd door auteur');
    expect((await world.posts.get(post.id))?.value.hidden).toBeUndefined();
    expect(world.log.records.map((r) => [r.action, r.moderatorId, r.reason, r.at.toISOString()])).toEqual([
      ['hide', 'mod', 'Bevat klantgegevens', '2026-12-07T09:00:00.000Z'],
      ['restore', 'mod', 'Gegevens verwijderd door auteur', '2026-12-07T10:00:00.000Z'],
    ]);
  });

  it.each<[string, 'hide' | 'restore', boolean, unknown, FeedErrorCode]>([
    ['hiding what is hidden', 'hide', true, 'Spam', 'feed.moderation.no-change'],
    ['restoring what is visible', 'restore', false, 'Spam', 'feed.moderation.no-change'],
    ['acting without a reason', 'hide', false, '', 'feed.invalid'],
  ])('refuses %s and records nothing', async (_, action, hiddenFirst, reason, code) => {
    const world = feedWorld();
    const post = await postBy(world);
    const target = { kind: 'post', id: post.id } as const;
    if (hiddenFirst) await moderate(world, mod, target, 'hide', 'Spam');
    const recorded = world.log.records.length;
    expect(isFeedError(await failureOf(moderate(world, mod, target, action, reason)), code)).toBe(true);
    expect(world.log.records).toHaveLength(recorded);
  });
});
