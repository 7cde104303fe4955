import { MAX_BLOG_TEXT_LENGTH, MAX_STATUS_TEXT_LENGTH, MAX_TOPICS_PER_POST } from '../../src/contract';
import { createPost, editPost, isFeedError, type InvalidFeedInputError, type NewPostInput } from '../../src';
import { ana, bram, failureOf, feedWorld } from './world';

describe('createPost', () => {
  it('stores a blog with its title, the author from the actor, the time from the clock', async () => {
    const world = feedWorld();
    const post = await createPost(world, ana, {
      kind: 'blog',
      title: '  Twee jaar  glasvezel ',
      bodyHtml: '<p>Terugblik</p>',
    });
    expect(post).toMatchObject({
      kind: 'blog',
      title: 'Twee jaar glasvezel',
      authorId: 'ana',
      bodyHtml: '<p>Terugblik</p>',
    });
    expect(post.createdAt.toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect((await world.posts.get(post.id))?.value).toEqual(post);
  });

  it('takes topics typed beside the body and #hashtags in it, each once, labels as first typed', async () => {
    const world = feedWorld();
    const post = await createPost(world, ana, {
      kind: 'status',
      bodyHtml: '<p>Nieuws over #Glasvezel en #5G, niet over C# of https://x.nl/#anker</p>',
      topics: ['#glasvezel', 'Zwolle'],
    });
    expect(post.topics).toEqual([
      { key: 'glasvezel', label: 'glasvezel' },
      { key: 'zwolle', label: 'Zwolle' },
      { key: '5g', label: '5G' },
    ]);
  });

  it('keeps mentions of colleagues and tells them, but not the author, nor ids nobody has', async () => {
    const world = feedWorld();
    const post = await createPost(world, ana, {
      kind: 'status',
      bodyHtml:
        '<p><span data-mention="bram">@Bram</span> <span data-mention="ana">@Ana</span> <span data-mention="ghost">@Ghost</span></p>',
    });
    expect(post.mentions).toEqual(['bram', 'ana']);
    expect(world.notifications.events).toEqual([
      {
        kind: 'mentioned',
        userId: 'bram',
        by: 'ana',
        target: { kind: 'post', id: post.id },
        postId: post.id,
      },
    ]);
  });

  const long = (n: number) => `<p>${'a'.repeat(n)}</p>`;
  it.each<[string, NewPostInput, string, string]>([
    ['a blog without a title', { kind: 'blog', bodyHtml: '<p>x</p>' }, 'title', 'required'],
    [
      'a blog whose title is spaces',
      { kind: 'blog', title: ' \u200b ', bodyHtml: '<p>x</p>' },
      'title',
      'required',
    ],
    ['a status with a title', { kind: 'status', title: 'T', bodyHtml: '<p>x</p>' }, 'title', 'not-allowed'],
    ['a body of tags only', { kind: 'status', bodyHtml: '<p> </p><br>' }, 'bodyHtml', 'required'],
    [
      'a status too long to read',
      { kind: 'status', bodyHtml: long(MAX_STATUS_TEXT_LENGTH + 1) },
      'bodyHtml',
      'too-long',
    ],
    [
      'a blog too long',
      { kind: 'blog', title: 'T', bodyHtml: long(MAX_BLOG_TEXT_LENGTH + 1) },
      'bodyHtml',
      'too-long',
    ],
    [
      'a topic that is no hashtag',
      { kind: 'status', bodyHtml: '<p>x</p>', topics: ['fiber sales'] },
      'topics',
      'malformed',
    ],
    [
      'too many topics',
      {
        kind: 'status',
        bodyHtml: '<p>x</p>',
        topics: Array.from({ length: MAX_TOPICS_PER_POST + 1 }, (_, i) => `t${i}`),
      },
      'topics',
      'too-many',
    ],
    [
      'a live-blog entry without its event',
      { kind: 'liveblog', bodyHtml: '<p>x</p>' },
      'eventId',
      'required',
    ],
    [
      'a status bound to an event',
      { kind: 'status', bodyHtml: '<p>x</p>', eventId: 'e1' },
      'eventId',
      'not-allowed',
    ],
  ])('refuses %s, storing nothing', async (_, input, field, reason) => {
    const world = feedWorld();
    const error = await failureOf(createPost(world, ana, input));
    expect(isFeedError(error, 'feed.invalid')).toBe(true);
    expect(error).toMatchObject<Partial<InvalidFeedInputError>>({ field, reason: reason as never });
    expect(world.posts.items.values()).toEqual([]);
  });

  it('accepts a status of exactly the longest length', async () => {
    const world = feedWorld();
    await expect(
      createPost(world, ana, { kind: 'status', bodyHtml: long(MAX_STATUS_TEXT_LENGTH) }),
    ).resolves.toBeDefined();
  });
});

describe('editPost', () => {
  it('changes the body, keeps the time posted, marks the edit and tells only the newly mentioned', async () => {
    const world = feedWorld();
    const post = await createPost(world, ana, {
      kind: 'status',
      bodyHtml: '<p><span data-mention="bram">@Bram</span></p>',
    });
    world.clock.advance(60_000);
    world.notifications.events.length = 0;
    const edited = await editPost(world, ana, post.id, {
      bodyHtml: '<p><span data-mention="bram">@Bram</span> <span data-mention="cas">@Cas</span> #Zwolle</p>',
    });
    expect(edited.createdAt).toEqual(post.createdAt);
    expect(edited.editedAt?.toISOString()).toBe('2026-12-07T09:01:00.000Z');
    expect(edited.topics.map((t) => t.key)).toEqual(['zwolle']);
    expect(world.notifications.events.map((e) => e.userId)).toEqual(['cas']);
    expect((await world.posts.get(post.id))?.value).toEqual(edited);
  });

  it('decides again on the fresh version when someone wrote in between, and never writes over it', async () => {
    const world = feedWorld();
    const post = await createPost(world, ana, { kind: 'blog', title: 'Oud', bodyHtml: '<p>x</p>' });
    world.posts.items.staleWrites = 2;
    const edited = await editPost(world, ana, post.id, { title: 'Nieuw' });
    expect(edited.title).toBe('Nieuw');
    expect((await world.posts.get(post.id))?.value.title).toBe('Nieuw');
  });

  it('gives up with a conflict rather than writing blind when the post keeps changing', async () => {
    const world = feedWorld();
    const post = await createPost(world, ana, { kind: 'blog', title: 'Oud', bodyHtml: '<p>x</p>' });
    world.posts.items.staleWrites = 100;
    const error = await failureOf(editPost(world, ana, post.id, { title: 'Nieuw' }));
    expect(error).toMatchObject({ name: 'VersionConflictError' });
    expect((await world.posts.get(post.id))?.value.title).toBe('Oud');
  });

  it("keeps someone else's post as it was", async () => {
    const world = feedWorld();
    const post = await createPost(world, ana, { kind: 'status', bodyHtml: '<p>x</p>' });
    expect(
      isFeedError(
        await failureOf(editPost(world, bram, post.id, { bodyHtml: '<p>y</p>' })),
        'feed.not-author',
      ),
    ).toBe(true);
  });
});
