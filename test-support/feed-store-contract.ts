// The feed's storage ports as behaviour: one case table, run against every implementation (style.md 9) — core's
// in-memory fakes (core/test/feed/store-contract.test.ts) and the Graph adapters over SharePoint lists on the
// dev tenant (graph/test/feed/store-contract.test.ts). A case that passes on both means core's use cases cannot
// tell the fake from the lists: eTags, unique keys (ignoring case), dates to the second, cascades.
import type {
  Comments,
  FeedTarget,
  Follows,
  Likes,
  ModerationLog,
  NewComment,
  NewPost,
  Posts,
  Reports,
} from '@samen/core';

export interface FeedStoreSubject {
  readonly posts: Posts;
  readonly comments: Comments;
  readonly likes: Likes;
  readonly follows: Follows;
  readonly reports: Reports;
  readonly log: ModerationLog;
}

let counter = 0;
/** A person id no other case uses, so cases do not see each other's rows. */
function someone(): string {
  counter += 1;
  const tail = `${Date.now().toString(16)}${counter.toString(16).padStart(4, '0')}`
    .slice(-12)
    .padStart(12, '0');
  return `0c0ffee0-0000-4000-8000-${tail}`;
}

const at = (iso: string) => new Date(iso);

/** A blog with every field set, dates whole seconds. */
function aBlog(authorId = someone()): NewPost {
  return {
    kind: 'blog',
    title: 'Glasvezel in Drenthe: wat we leerden',
    bodyHtml:
      '<p>Over <a href="https://x.example">glasvezel</a> & "quotes" — <span data-mention="m">@M</span></p>',
    authorId,
    topics: [
      { key: 'glasvezel', label: 'Glasvezel' },
      { key: 'securite', label: 'Sécurité' },
    ],
    mentions: [someone()],
    links: [{ url: 'https://contoso.sharepoint.com/sites/x/doc.docx', title: 'Plan', type: 'Word' }],
    createdAt: at('2026-12-01T09:15:30Z'),
    editedAt: at('2026-12-01T10:00:00Z'),
    hidden: { by: someone(), reason: 'Off-topic, see the\nguidelines', at: at('2026-12-02T08:00:00Z') },
  };
}

function aStatus(authorId = someone()): NewPost {
  return {
    kind: 'status',
    bodyHtml: '<p>Koffie?</p>',
    authorId,
    topics: [],
    mentions: [],
    links: [],
    createdAt: at('2026-12-03T12:00:00Z'),
  };
}

function aComment(postId: string, parentId?: string): NewComment {
  return {
    postId,
    ...(parentId ? { parentId } : {}),
    authorId: someone(),
    bodyHtml: '<p>Eens!</p>',
    mentions: [],
    createdAt: at('2026-12-03T12:30:00Z'),
  };
}

const aLike = (target: FeedTarget, userId = someone()) => ({
  target,
  userId,
  at: at('2026-12-04T08:00:00Z'),
});
const aReport = (target: FeedTarget, reporterId = someone()) => ({
  target,
  reporterId,
  reason: 'Spam',
  at: at('2026-12-04T09:00:00Z'),
});

/** Defines the contract's cases as Jest tests; `subject` is called once the implementation has started. */
export function describeFeedStoreContract(name: string, subject: () => FeedStoreSubject): void {
  describe(`the feed's storage ports: ${name}`, () => {
    describePosts(subject);
    describeComments(subject);
    describeUniqueRows(subject);
    describeModerationLog(subject);
  });
}

function describePosts(subject: () => FeedStoreSubject): void {
  it('posts: create and get give back every field, dates and topics included', async () => {
    const { posts } = subject();
    const blog = aBlog();
    const created = await posts.create(blog);
    expect(created).toStrictEqual({ ...blog, id: expect.any(String) });
    expect((await posts.get(created.id))?.value).toStrictEqual(created);
  });

  it('posts: a status has no title, event, edit or moderation state', async () => {
    const { posts } = subject();
    const created = await posts.create(aStatus());
    expect((await posts.get(created.id))?.value).toStrictEqual({
      ...aStatus(created.authorId),
      id: created.id,
    });
  });

  it('posts: dates are kept to the second, and create answers what get reads', async () => {
    const { posts } = subject();
    const created = await posts.create({ ...aStatus(), createdAt: at('2026-12-03T12:00:00.789Z') });
    expect(created.createdAt).toEqual(at('2026-12-03T12:00:00Z'));
    expect((await posts.get(created.id))?.value).toStrictEqual(created);
  });

  it('posts: an update naming the current version is written and makes a new version', async () => {
    const { posts } = subject();
    const { id } = await posts.create(aStatus());
    const before = (await posts.get(id))!;
    const changes = {
      bodyHtml: '<p>Thee?</p>',
      topics: [{ key: 'thee', label: 'Thee' }],
      editedAt: at('2026-12-05T07:00:00Z'),
    };
    expect(await posts.update(id, changes, before.etag)).toBe('written');
    const after = (await posts.get(id))!;
    expect(after.value).toStrictEqual({ ...before.value, ...changes });
    expect(after.etag).not.toBe(before.etag);
  });

  it('posts: an update naming an old version is stale and changes nothing', async () => {
    const { posts } = subject();
    const { id } = await posts.create(aStatus());
    const old = (await posts.get(id))!;
    await posts.update(id, { bodyHtml: '<p>first</p>' }, old.etag);
    const current = (await posts.get(id))!;
    expect(await posts.update(id, { bodyHtml: '<p>second</p>' }, old.etag)).toBe('stale');
    expect(await posts.get(id)).toStrictEqual(current);
  });

  it('posts: of two updates naming the same version at once, exactly one is written', async () => {
    const { posts } = subject();
    const { id } = await posts.create(aStatus());
    const { etag } = (await posts.get(id))!;
    const outcomes = await Promise.all(
      ['<p>a</p>', '<p>b</p>'].map((bodyHtml) => posts.update(id, { bodyHtml }, etag)),
    );
    expect([...outcomes].sort()).toEqual(['stale', 'written']);
  });

  it('posts: hiding sets the moderation state and null clears it', async () => {
    const { posts } = subject();
    const { id } = await posts.create(aStatus());
    const hidden = { by: someone(), reason: 'Onaardig', at: at('2026-12-05T08:00:00Z') };
    expect(await posts.update(id, { hidden }, (await posts.get(id))!.etag)).toBe('written');
    expect((await posts.get(id))!.value.hidden).toStrictEqual(hidden);
    expect(await posts.update(id, { hidden: null }, (await posts.get(id))!.etag)).toBe('written');
    expect((await posts.get(id))!.value).not.toHaveProperty('hidden');
  });

  it.each([
    ['an id no post has', '987654321'],
    ['an id that is no id at all', "x'/../1"],
  ])('posts: %s is not found', async (_name, id) => {
    const { posts } = subject();
    expect(await posts.get(id)).toBeUndefined();
    expect(await posts.update(id, { bodyHtml: '<p>x</p>' }, '"1,1"')).toBe('not-found');
    expect(await posts.remove(id, '"1,1"')).toBe('not-found');
  });

  it('posts: a remove naming an old version is stale and the post stays', async () => {
    const { posts } = subject();
    const { id } = await posts.create(aStatus());
    const old = (await posts.get(id))!;
    await posts.update(id, { bodyHtml: '<p>edited</p>' }, old.etag);
    expect(await posts.remove(id, old.etag)).toBe('stale');
    expect(await posts.get(id)).toBeDefined();
  });

  it("posts: remove takes the post's comments, replies, likes and reports along, and nothing else", async () => {
    const { posts, comments, likes, reports } = subject();
    const post = await posts.create(aStatus());
    const other = await posts.create(aStatus());
    const comment = await comments.create(aComment(post.id));
    const reply = await comments.create(aComment(post.id, comment.id));
    const onPost = { kind: 'post', id: post.id } as const;
    const onComment = { kind: 'comment', id: comment.id } as const;
    const onReply = { kind: 'comment', id: reply.id } as const;
    const gone = [aLike(onPost), aLike(onComment), aLike(onReply)];
    const stay = [aLike({ kind: 'post', id: other.id })];
    for (const like of [...gone, ...stay]) expect(await likes.add(like)).toBe('added');
    const reported = [aReport(onPost), aReport(onComment)];
    for (const report of reported) expect(await reports.add(report)).toBe('added');

    expect(await posts.remove(post.id, (await posts.get(post.id))!.etag)).toBe('written');

    expect(await posts.get(post.id)).toBeUndefined();
    expect(await comments.get(comment.id)).toBeUndefined();
    expect(await comments.get(reply.id)).toBeUndefined();
    for (const like of gone) expect(await likes.remove(like.target, like.userId)).toBe('not-found');
    for (const like of stay) expect(await likes.remove(like.target, like.userId)).toBe('removed');
    // A report that went with its post can be made again; the first one is no longer there to refuse it.
    for (const report of reported) expect(await reports.add(report)).toBe('added');
    expect(await posts.get(other.id)).toBeDefined();
  });

  it('posts: remove answers not-found the second time', async () => {
    const { posts } = subject();
    const { id } = await posts.create(aStatus());
    const { etag } = (await posts.get(id))!;
    expect(await posts.remove(id, etag)).toBe('written');
    expect(await posts.remove(id, etag)).toBe('not-found');
  });
}

function describeComments(subject: () => FeedStoreSubject): void {
  it('comments: create and get give back every field', async () => {
    const { posts, comments } = subject();
    const post = await posts.create(aStatus());
    const parent = await comments.create(aComment(post.id));
    const reply = {
      ...aComment(post.id, parent.id),
      mentions: [someone()],
      editedAt: at('2026-12-03T13:00:00Z'),
      hidden: { by: someone(), reason: 'Spam', at: at('2026-12-03T14:00:00Z') },
    };
    const created = await comments.create(reply);
    expect(created).toStrictEqual({ ...reply, id: expect.any(String) });
    expect((await comments.get(created.id))?.value).toStrictEqual(created);
    expect((await comments.get(parent.id))?.value).not.toHaveProperty('parentId');
  });

  it('comments: updates name a version; a stale one changes nothing', async () => {
    const { posts, comments } = subject();
    const post = await posts.create(aStatus());
    const { id } = await comments.create(aComment(post.id));
    const first = (await comments.get(id))!;
    expect(await comments.update(id, { bodyHtml: '<p>Oneens</p>' }, first.etag)).toBe('written');
    const second = (await comments.get(id))!;
    expect(second.value.bodyHtml).toBe('<p>Oneens</p>');
    expect(await comments.update(id, { bodyHtml: '<p>x</p>' }, first.etag)).toBe('stale');
    expect(await comments.get(id)).toStrictEqual(second);
    expect(await comments.update('987654321', { bodyHtml: '<p>x</p>' }, first.etag)).toBe('not-found');
  });

  it('comments: remove takes its replies and their likes along, not its siblings, its post or likes of posts', async () => {
    const { posts, comments, likes } = subject();
    const post = await posts.create(aStatus());
    const comment = await comments.create(aComment(post.id));
    const reply = await comments.create(aComment(post.id, comment.id));
    const sibling = await comments.create(aComment(post.id));
    const gone = [aLike({ kind: 'comment', id: comment.id }), aLike({ kind: 'comment', id: reply.id })];
    // Posts and comments live in two lists, so a post can have the comment's id: its likes stay.
    const stay = [
      aLike({ kind: 'comment', id: sibling.id }),
      aLike({ kind: 'post', id: post.id }),
      aLike({ kind: 'post', id: comment.id }),
      aLike({ kind: 'post', id: reply.id }),
    ];
    for (const like of [...gone, ...stay]) await likes.add(like);

    expect(await comments.remove(comment.id, (await comments.get(comment.id))!.etag)).toBe('written');

    expect(await comments.get(reply.id)).toBeUndefined();
    expect(await comments.get(sibling.id)).toBeDefined();
    expect(await posts.get(post.id)).toBeDefined();
    for (const like of gone) expect(await likes.remove(like.target, like.userId)).toBe('not-found');
    for (const like of stay) expect(await likes.remove(like.target, like.userId)).toBe('removed');
  });
}

function describeUniqueRows(subject: () => FeedStoreSubject): void {
  const target = (): FeedTarget => ({ kind: 'post', id: String(100000 + (++counter % 100000)) });

  it('likes: one per person and thing; removed once, then not found, then allowed again', async () => {
    const { likes } = subject();
    const like = aLike(target());
    expect(await likes.add(like)).toBe('added');
    expect(await likes.add({ ...like, at: at('2026-12-05T00:00:00Z') })).toBe('duplicate');
    expect(await likes.remove(like.target, like.userId)).toBe('removed');
    expect(await likes.remove(like.target, like.userId)).toBe('not-found');
    expect(await likes.add(like)).toBe('added');
  });

  it('likes: of 20 adds of the same like at once, exactly one is added', async () => {
    const { likes } = subject();
    const like = aLike(target());
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => likes.add(like)));
    expect(outcomes.filter((o) => o === 'added')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(19);
  });

  it('likes: a post and a comment with the same id are different things', async () => {
    const { likes } = subject();
    const userId = someone();
    expect(await likes.add(aLike({ kind: 'post', id: '7' }, userId))).toBe('added');
    expect(await likes.add(aLike({ kind: 'comment', id: '7' }, userId))).toBe('added');
  });

  it("likes: ids holding the key's separator stay apart", async () => {
    const { likes } = subject();
    const userId = someone();
    expect(await likes.add(aLike({ kind: 'post', id: `1|${userId}` }, 'v'))).toBe('added');
    expect(await likes.add(aLike({ kind: 'post', id: '1' }, `${userId}|v`))).toBe('added');
  });

  it('likes: ids are compared ignoring case, as SharePoint compares unique values', async () => {
    const { likes } = subject();
    const like = aLike(target());
    expect(await likes.add(like)).toBe('added');
    expect(await likes.add({ ...like, userId: like.userId.toUpperCase() })).toBe('duplicate');
    expect(await likes.remove(like.target, like.userId.toUpperCase())).toBe('removed');
  });

  it("follows: unique per follower and followed; parts holding the key's separators stay apart", async () => {
    const { follows } = subject();
    const followerId = someone();
    const topic = (id: string) => ({
      followerId,
      followed: { kind: 'topic', id } as const,
      at: at('2026-12-06T00:00:00Z'),
    });
    expect(await follows.add(topic('a|b'))).toBe('added');
    expect(await follows.add(topic('a%7Cb'))).toBe('added');
    expect(await follows.add(topic('a'))).toBe('added');
    expect(await follows.add(topic('a|b'))).toBe('duplicate');
    expect(await follows.add({ ...topic('x'), followed: { kind: 'person', id: 'a|b' } })).toBe('added');
    expect(await follows.remove(followerId, { kind: 'topic', id: 'a|b' })).toBe('removed');
    expect(await follows.remove(followerId, { kind: 'topic', id: 'a|b' })).toBe('not-found');
    expect(await follows.remove(followerId, { kind: 'topic', id: 'a%7Cb' })).toBe('removed');
  });

  it('follows: of 20 adds of the same follow at once, exactly one is added', async () => {
    const { follows } = subject();
    const follow = {
      followerId: someone(),
      followed: { kind: 'person', id: someone() } as const,
      at: new Date(0),
    };
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => follows.add(follow)));
    expect(outcomes.filter((o) => o === 'added')).toHaveLength(1);
  });

  it('reports: one per person and thing, also when 20 arrive at once', async () => {
    const { reports } = subject();
    const report = aReport(target());
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => reports.add(report)));
    expect(outcomes.filter((o) => o === 'added')).toHaveLength(1);
    expect(await reports.add({ ...report, reason: 'Something else' })).toBe('duplicate');
    expect(await reports.add({ ...report, reporterId: someone() })).toBe('added');
  });
}

function describeModerationLog(subject: () => FeedStoreSubject): void {
  it('moderation log: keeps every action, the same one twice included', async () => {
    const { log } = subject();
    const record = {
      target: { kind: 'post', id: '1' } as const,
      action: 'hide' as const,
      moderatorId: someone(),
      reason: 'Spam',
      at: at('2026-12-06T10:00:00Z'),
    };
    await expect(log.append(record)).resolves.toBeUndefined();
    await expect(log.append(record)).resolves.toBeUndefined();
  });
}
