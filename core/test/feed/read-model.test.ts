import {
  FeedReadModel,
  FixedClock,
  isFeedError,
  type Comment,
  type FeedView,
  type Post,
  type Viewer,
} from '../../src';

const clock = new FixedClock('2026-12-07T12:00:00Z');
const departments: Record<string, string> = {
  ana: 'Netwerk',
  bram: 'Netwerk',
  cas: 'Sales',
  dirk: 'Netwerk',
};
const viewer = (userId: string, isModerator = false): Viewer => ({ userId, isModerator });

let sequence = 0;
function post(authorId: string, minutesAgo: number, extra: Partial<Post> = {}): Post {
  sequence++;
  return {
    id: `p${sequence}`,
    kind: 'status',
    bodyHtml: `<p>${sequence}</p>`,
    authorId,
    topics: [],
    mentions: [],
    links: [],
    createdAt: new Date(clock.now().getTime() - minutesAgo * 60_000),
    ...extra,
  };
}

function comment(postId: string, authorId: string, extra: Partial<Comment> = {}): Comment {
  sequence++;
  return {
    id: `c${sequence}`,
    postId,
    authorId,
    bodyHtml: '<p>c</p>',
    mentions: [],
    createdAt: clock.now(),
    ...extra,
  };
}

function model(...posts: Post[]): FeedReadModel {
  const feed = new FeedReadModel({ clock, departmentOf: (id) => departments[id] });
  for (const p of posts) feed.putPost(p);
  return feed;
}

const ids = (feed: FeedReadModel, who: Viewer, view: FeedView, top = 50) =>
  feed.page(who, { view, top }).items.map((i) => i.post.id);

describe('pages', () => {
  it('pages newest first with a cursor, without gaps or repeats when posts arrive between pages', () => {
    const posts = Array.from({ length: 7 }, (_, i) => post('ana', 100 - i));
    const feed = model(...[...posts].reverse()); // delivered out of order
    const first = feed.page(viewer('bram'), { view: { kind: 'latest' }, top: 3 });
    feed.putPost(post('cas', 0)); // newer than everything: belongs before page one, not in page two
    const seen = first.items.map((i) => i.post.id);
    let cursor = first.nextCursor;
    while (cursor) {
      const next = feed.page(viewer('bram'), { view: { kind: 'latest' }, top: 3, cursor });
      seen.push(...next.items.map((i) => i.post.id));
      cursor = next.nextCursor;
    }
    expect(seen).toEqual(posts.map((p) => p.id).reverse());
  });

  it('has no next cursor when the page ends the feed exactly', () => {
    const feed = model(post('ana', 2), post('ana', 1));
    expect(feed.page(viewer('bram'), { view: { kind: 'latest' }, top: 2 }).nextCursor).toBeUndefined();
  });

  it('orders posts of the same moment the same way every time', () => {
    const a = post('ana', 5);
    const b = post('bram', 5);
    expect(ids(model(a, b), viewer('cas'), { kind: 'latest' })).toEqual(
      ids(model(b, a), viewer('cas'), { kind: 'latest' }),
    );
  });

  it.each([['not-a-cursor'], ['zz.'], ['1.a/b'], ['zzzzzzzzzzzz.p1']])('refuses cursor %p', (cursor) => {
    const feed = model(post('ana', 1));
    const error = (() => {
      try {
        feed.page(viewer('ana'), { view: { kind: 'latest' }, top: 5, cursor });
      } catch (e) {
        return e;
      }
    })();
    expect(isFeedError(error, 'feed.cursor.invalid')).toBe(true);
  });

  it.each([[0], [51], [2.5]])('refuses a page of %p posts', (top) => {
    expect(() => model().page(viewer('ana'), { view: { kind: 'latest' }, top })).toThrow(/top/);
  });
});

describe('views', () => {
  it("shows a topic's posts however the topic is typed, and a person's posts", () => {
    const fiber = post('ana', 3, { topics: [{ key: 'glasvezel', label: 'Glasvezel' }] });
    const other = post('ana', 2);
    const byCas = post('cas', 1, { topics: [{ key: 'glasvezel', label: 'glasvezel' }] });
    const feed = model(fiber, other, byCas);
    expect(ids(feed, viewer('bram'), { kind: 'topic', topic: '#GLASVEZEL' })).toEqual([byCas.id, fiber.id]);
    expect(ids(feed, viewer('bram'), { kind: 'person', personId: 'ana' })).toEqual([other.id, fiber.id]);
    expect(ids(feed, viewer('bram'), { kind: 'topic', topic: 'nobody-wrote-this' })).toEqual([]);
  });

  it('moves a post between topics when its author edits them', () => {
    const before = post('ana', 3, { topics: [{ key: 'glasvezel', label: 'glasvezel' }] });
    const feed = model(before);
    feed.putPost({ ...before, topics: [{ key: '5g', label: '5G' }] });
    expect(ids(feed, viewer('bram'), { kind: 'topic', topic: 'glasvezel' })).toEqual([]);
    expect(ids(feed, viewer('bram'), { kind: 'topic', topic: '5g' })).toEqual([before.id]);
    expect(ids(feed, viewer('bram'), { kind: 'latest' })).toEqual([before.id]);
  });

  it('"For you": own posts, people and topics followed, and what is popular in your department', () => {
    const own = post('ana', 6);
    const followedPerson = post('cas', 5);
    const followedTopic = post('eva', 4, { topics: [{ key: 'glasvezel', label: 'glasvezel' }] });
    const popularHere = post('bram', 3);
    const quietHere = post('dirk', 2);
    const popularElsewhere = post('eva', 1);
    const feed = model(own, followedPerson, followedTopic, popularHere, quietHere, popularElsewhere);
    feed.addFollow({ followerId: 'ana', followed: { kind: 'person', id: 'cas' }, at: clock.now() });
    feed.addFollow({ followerId: 'ana', followed: { kind: 'topic', id: 'glasvezel' }, at: clock.now() });
    feed.removeFollow({ followerId: 'ana', followed: { kind: 'person', id: 'cas' } });
    feed.addFollow({ followerId: 'ana', followed: { kind: 'person', id: 'cas' }, at: clock.now() });
    for (const p of [popularHere, popularElsewhere])
      for (const userId of ['x', 'y', 'z'])
        feed.addLike({ target: { kind: 'post', id: p.id }, userId, at: clock.now() });
    const page = feed.page(viewer('ana'), { view: { kind: 'foryou' }, top: 10 });
    expect(page.items.map((i) => [i.post.id, i.because])).toEqual([
      [popularHere.id, 'department'],
      [followedTopic.id, 'topic'],
      [followedPerson.id, 'person'],
      [own.id, 'own'],
    ]);
  });

  it('"For you" of someone who follows nothing yet is their department, not an empty page', () => {
    const feed = model(post('bram', 2), post('cas', 1));
    expect(
      feed.page(viewer('dirk'), { view: { kind: 'foryou' }, top: 10 }).items.map((i) => i.because),
    ).toEqual(['department']);
  });

  it('a post popular long ago is no longer popular', () => {
    const old = post('bram', 60 * 24 * 30);
    const feed = model(old);
    feed.addFollow({ followerId: 'ana', followed: { kind: 'topic', id: 'x' }, at: clock.now() });
    for (const userId of ['x', 'y', 'z'])
      feed.addLike({ target: { kind: 'post', id: old.id }, userId, at: clock.now() });
    expect(ids(feed, viewer('ana'), { kind: 'foryou' })).toEqual([]);
  });
});

describe('what each person sees', () => {
  const hidden = { by: 'mod', reason: 'Spam', at: clock.now() };

  it('hidden posts show to their author and to moderators, marked; to nobody else', () => {
    const p = post('ana', 1, { hidden });
    const feed = model(p);
    expect(ids(feed, viewer('bram'), { kind: 'latest' })).toEqual([]);
    expect(feed.post(viewer('bram'), p.id)).toBeUndefined();
    expect(feed.post(viewer('ana'), p.id)?.post.hidden).toEqual(hidden);
    expect(ids(feed, viewer('mod', true), { kind: 'latest' })).toEqual([p.id]);
  });

  it('counts likes exactly and knows whose they are', () => {
    const p = post('ana', 1);
    const feed = model(p);
    const target = { kind: 'post', id: p.id } as const;
    for (const userId of ['bram', 'cas', 'bram']) feed.addLike({ target, userId, at: clock.now() });
    feed.removeLike(target, 'cas');
    expect(feed.post(viewer('bram'), p.id)).toMatchObject({ likeCount: 1, likedByMe: true });
    expect(feed.post(viewer('cas'), p.id)).toMatchObject({ likeCount: 1, likedByMe: false });
  });

  it('threads comments oldest first; hidden ones and their replies are neither shown to others nor counted', () => {
    const p = post('ana', 10);
    const feed = model(p);
    const first = comment(p.id, 'bram', { createdAt: new Date('2026-12-07T11:00:00Z') });
    const second = comment(p.id, 'cas', { createdAt: new Date('2026-12-07T11:05:00Z'), hidden });
    const reply = comment(p.id, 'ana', { parentId: first.id, createdAt: new Date('2026-12-07T11:10:00Z') });
    const replyToHidden = comment(p.id, 'ana', { parentId: second.id });
    for (const c of [replyToHidden, reply, second, first]) feed.putComment(c);
    feed.addLike({ target: { kind: 'comment', id: reply.id }, userId: 'bram', at: clock.now() });
    const threads = feed.commentsOf(viewer('bram'), p.id);
    expect(
      threads?.map((t) => [t.comment.id, t.replies.map((r) => [r.comment.id, r.likeCount, r.likedByMe])]),
    ).toEqual([[first.id, [[reply.id, 1, true]]]]);
    expect(feed.post(viewer('bram'), p.id)?.commentCount).toBe(2);
    expect(feed.commentsOf(viewer('mod', true), p.id)?.map((t) => t.comment.id)).toEqual([
      first.id,
      second.id,
    ]);
  });

  it('forgets a deleted post with its comments and likes; a deleted comment with its replies', () => {
    const p = post('ana', 1);
    const feed = model(p);
    const top = comment(p.id, 'bram');
    const reply = comment(p.id, 'cas', { parentId: top.id });
    feed.putComment(top);
    feed.putComment(reply);
    feed.removeComment(top.id);
    expect(feed.post(viewer('ana'), p.id)?.commentCount).toBe(0);
    feed.removePost(p.id);
    expect(feed.postCount).toBe(0);
    expect(feed.commentsOf(viewer('ana'), p.id)).toBeUndefined();
  });
});

describe('"For you" read by merging short lists', () => {
  // The read model merges per-author, per-topic and popular lists; the definition is a filter over all posts.
  // Both must give the same pages, for any follows, likes and comments.
  it('pages exactly what filtering every post by the definition gives', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const people = ['ana', 'bram', 'cas', 'dirk', 'eva', 'fien'];
    const topicKeys = ['glasvezel', '5g', 'zwolle'];
    for (let round = 0; round < 20; round++) {
      const feed = new FeedReadModel({ clock, departmentOf: (id) => departments[id] });
      const posts = Array.from({ length: 120 }, () =>
        post(people[random(6)] as string, random(60 * 24 * 30), {
          topics: random(3) === 0 ? [{ key: topicKeys[random(3)] as string, label: 'x' }] : [],
        }),
      );
      posts.forEach((p) => feed.putPost(p));
      for (let i = 0; i < 200; i++)
        feed.addLike({
          target: { kind: 'post', id: (posts[random(120)] as Post).id },
          userId: `u${random(9)}`,
          at: clock.now(),
        });
      for (let i = 0; i < 30; i++) feed.putComment(comment((posts[random(120)] as Post).id, 'cas'));
      const follows = {
        people: people.filter(() => random(4) === 0),
        topics: topicKeys.filter(() => random(3) === 0),
      };
      for (const id of follows.people)
        feed.addFollow({ followerId: 'ana', followed: { kind: 'person', id }, at: clock.now() });
      for (const id of follows.topics)
        feed.addFollow({ followerId: 'ana', followed: { kind: 'topic', id }, at: clock.now() });

      const since = clock.now().getTime() - 14 * 86_400_000;
      const newcomer = follows.people.length === 0 && follows.topics.length === 0;
      const expected = [...posts]
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
        .filter((p) => {
          if (p.authorId === 'ana' || follows.people.includes(p.authorId)) return true;
          if (p.topics.some((t) => follows.topics.includes(t.key))) return true;
          if (departments[p.authorId] !== 'Netwerk' || p.createdAt.getTime() < since) return false;
          const view = feed.post(viewer('ana'), p.id);
          return newcomer || (view !== undefined && view.likeCount + 2 * view.commentCount >= 3);
        })
        .map((p) => p.id);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = feed.page(viewer('ana'), {
          view: { kind: 'foryou' },
          top: 7,
          ...(cursor ? { cursor } : {}),
        });
        seen.push(...page.items.map((i) => i.post.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(expected);
    }
  });
});

describe('a first load in any order', () => {
  it('pages the same whether 500 posts arrive oldest first, newest first or shuffled, with edits and removals between', () => {
    const posts = Array.from({ length: 500 }, (_, i) => post(`u${i % 7}`, 500 - i));
    const shuffled = [...posts].sort(
      (a, b) => ((Number(a.id.slice(1)) * 7919) % 503) - ((Number(b.id.slice(1)) * 7919) % 503),
    );
    const pages = (order: Post[]) => {
      const feed = model();
      order.forEach((p) => feed.putPost(p));
      // Before anything is read (so while a load out of order is still unsorted): a removal and an edit.
      feed.removePost((posts[490] as Post).id);
      feed.putPost({ ...(posts[495] as Post), bodyHtml: '<p>edited</p>' });
      return ids(feed, viewer('ana'), { kind: 'latest' }, 50).concat(
        ids(feed, viewer('ana'), { kind: 'person', personId: 'u3' }, 50),
      );
    };
    const expected = pages(posts);
    expect(pages([...posts].reverse())).toEqual(expected);
    expect(pages(shuffled)).toEqual(expected);
    expect(expected).not.toContain((posts[490] as Post).id);
    expect(expected.filter((id) => id === (posts[495] as Post).id)).toHaveLength(1);
  });
});
