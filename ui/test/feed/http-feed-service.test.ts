/**
 * @jest-environment node
 */
// Node's own fetch against a real local server: the same wire a browser uses.
import { FeedServiceError, HttpFeedService, isFeedServiceError } from '../../src';
import { HttpStub } from '../talentfinder/http-stub';

const postWire = {
  id: 'p1',
  kind: 'status',
  bodyHtml: '<p>Hoi</p>',
  author: {
    id: 'u-anna',
    displayName: 'Anna de Vries',
    presence: { availability: 'Available', activity: 'Available' },
  },
  topics: [{ key: 'glasvezel', label: 'Glasvezel' }],
  mentions: [],
  links: [],
  createdAt: '2026-12-07T09:00:00.000Z',
  likeCount: 2,
  commentCount: 0,
  likedByMe: false,
  because: 'topic',
};

describe('HttpFeedService', () => {
  let stub: HttpStub;
  let service: HttpFeedService;
  const options = { locale: 'nl-NL' } as const;

  beforeEach(async () => {
    stub = new HttpStub();
    const baseUrl = await stub.start();
    service = new HttpFeedService({ baseUrl: `${baseUrl}/`, getToken: () => Promise.resolve('token-1') });
  });

  afterEach(async () => {
    expect(stub.unexpected).toEqual([]);
    await stub.stop();
  });

  it('asks for a page with the contract’s query, the token and the language, and parses the reply', async () => {
    stub.on('GET', '/api/feed?view=topic&top=20&topic=glasvezel&cursor=abc', {
      status: 200,
      body: { items: [postWire], nextCursor: 'def' },
    });

    const page = await service.feed({ view: 'topic', topic: 'glasvezel', top: 20, cursor: 'abc' }, options);

    expect(page.nextCursor).toBe('def');
    expect(page.items[0]).toMatchObject({
      id: 'p1',
      because: 'topic',
      author: { presence: { availability: 'Available' } },
    });
    const [request] = stub.requests;
    expect(request?.headers['authorization']).toBe('Bearer token-1');
    expect(request?.headers['accept-language']).toBe('nl-NL');
  });

  it('creates a blog with the contract’s body and turns a problem into a typed error with the service’s words', async () => {
    stub.on('POST', '/api/feed/posts', {
      status: 400,
      body: { status: 400, code: 'feed.invalid', message: 'De titel is verplicht.' },
    });

    const error = await service
      .createPost({ kind: 'blog', title: '', bodyHtml: '<p>x</p>', topics: ['Glasvezel'] }, options)
      .catch((e: unknown) => e);

    expect(isFeedServiceError(error, 'feed.invalid')).toBe(true);
    expect((error as FeedServiceError).userMessage).toBe('De titel is verplicht.');
    expect(JSON.parse(stub.requests[0]!.body)).toEqual({
      kind: 'blog',
      title: '',
      bodyHtml: '<p>x</p>',
      topics: ['Glasvezel'],
    });
  });

  it('names what to unfollow in the query and likes with an empty POST', async () => {
    stub.on('DELETE', '/api/feed/follows?topic=glasvezel', { status: 204 });
    stub.on('POST', '/api/feed/posts/p%201/likes', { status: 201, body: { likeCount: 3, likedByMe: true } });

    await service.unfollow({ topic: 'glasvezel' }, options);
    await expect(service.likePost('p 1', options)).resolves.toEqual({ likeCount: 3, likedByMe: true });
  });

  it('reads one post, and a missing one is the contract’s problem', async () => {
    stub.on('GET', '/api/feed/posts/p1', { status: 200, body: postWire });
    stub.on('GET', '/api/feed/posts/p2', {
      status: 404,
      body: { status: 404, code: 'feed.post.not-found', message: 'Dit bericht is er niet meer.' },
    });

    await expect(service.getPost('p1', options)).resolves.toMatchObject({ id: 'p1' });
    await expect(service.getPost('p2', options)).rejects.toMatchObject({
      status: 404,
      code: 'feed.post.not-found',
      userMessage: 'Dit bericht is er niet meer.',
    });
  });

  it('refuses a reply the contract does not allow', async () => {
    stub.on('GET', '/api/feed/follows', { status: 200, body: { people: 'everyone' } });
    await expect(service.following(options)).rejects.toMatchObject({ code: 'invalidResponse' });
  });

  it('moderates with the action and the reason', async () => {
    stub.on('POST', '/api/feed/posts/p1/moderation', {
      status: 200,
      body: { action: 'hide', reason: 'Spam', at: '2026-12-07T09:00:00.000Z' },
    });
    await expect(service.moderatePost('p1', 'hide', 'Spam', options)).resolves.toMatchObject({
      action: 'hide',
    });
    expect(JSON.parse(stub.requests[0]!.body)).toEqual({ action: 'hide', reason: 'Spam' });
  });
});
