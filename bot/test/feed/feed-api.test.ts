import { AVAILABILITIES, feedOperationOf, feedReplyViolation } from '@samen/core/contract';
import { randomUUID } from 'node:crypto';
import type { RunningService } from '../../src/service';
import {
  app,
  appToken,
  devControl,
  rawGraph,
  someUsers,
  tenant,
  userToken,
} from '../../../test-support/tenant';
import { startServiceOnDevTenant } from '../support/service';

// The feed's API on the service in process, against the run's dev tenant: every reply held to the HTTP contract,
// Graph round trips counted. Other files write to the same lists, so each test works on its own posts and topics.

const t = tenant();
const service = app(t, 'samen-service');
const graphRequests: string[] = [];
let running: RunningService;
let people: Array<{ id: string; userPrincipalName: string; displayName: string }>;
let moderatorIds: Set<string>;
const tokens = new Map<string, Promise<string>>();

beforeAll(async () => {
  running = await startServiceOnDevTenant({
    onGraphRequest: (method, url) => graphRequests.push(`${method} ${new URL(url).pathname}`),
  });
  people = await someUsers(t, 40);
  const members = await rawGraph(t, `/groups/${t.moderatorsGroupId}/members?$select=id`, {
    token: await appToken(t),
  });
  moderatorIds = new Set(members.body.value.map((m: { id: string }) => m.id));
}, 120_000);

afterAll(() => running.close());
afterEach(() => devControl(t, 'DELETE', '/faults'));

function tokenOf(upn: string): Promise<string> {
  let token = tokens.get(upn);
  if (!token) tokens.set(upn, (token = userToken(t, upn, `api://${service.clientId}/access_as_user`)));
  return token;
}

/** Colleagues who do not moderate, and one who does. */
const colleague = (i: number) => people.filter((p) => !moderatorIds.has(p.id))[i]!;
const moderator = () =>
  people.find((p) => moderatorIds.has(p.id)) ?? raise('no moderator among the first users');
const raise = (message: string): never => {
  throw new Error(message);
};

interface Call {
  method?: string;
  body?: unknown;
  language?: string;
}

async function api(as: { userPrincipalName: string }, path: string, call: Call = {}) {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${await tokenOf(as.userPrincipalName)}`,
    'Accept-Language': call.language ?? 'en-US',
  };
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  const method = call.method ?? 'GET';
  const response = await fetch(`${running.url}${path}`, {
    method,
    headers,
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
  });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as unknown) : undefined;
  const operation = feedOperationOf(method, new URL(path, running.url).pathname);
  if (!operation) throw new Error(`${method} ${path} is not an operation of the feed contract`);
  expect(feedReplyViolation(operation, response.status, body)).toBeUndefined();
  return { status: response.status, body: body as Record<string, any> };
}

async function countGraph<T>(action: () => Promise<T>): Promise<{ result: T; requests: string[] }> {
  const before = graphRequests.length;
  const result = await action();
  return { result, requests: graphRequests.slice(before) };
}

const uniqueTopic = () => `t${randomUUID().slice(0, 8)}`;

async function statusBy(author: { userPrincipalName: string }, html: string, topics?: string[]) {
  const reply = await api(author, '/api/feed/posts', {
    method: 'POST',
    body: { kind: 'status', bodyHtml: html, ...(topics ? { topics } : {}) },
  });
  expect(reply.status).toBe(201);
  return reply.body;
}

describe('posting', () => {
  it('stores a status sanitised, with its #topic and the colleague mentioned, and shows it to others', async () => {
    const topic = uniqueTopic();
    const bram = colleague(1);
    const post = await statusBy(
      colleague(0),
      `<p>Wie weet meer over <strong>#${topic}</strong>? <span data-mention="${bram.id}">@${bram.displayName}</span><script>alert(1)</script><img src=x onerror=alert(2)></p>`,
    );
    expect(post.bodyHtml).not.toMatch(/script|onerror|<img/);
    expect(post.topics).toEqual([{ key: topic, label: topic }]);
    expect(post.mentions).toEqual([bram.id]);
    expect(post.author).toMatchObject({ id: colleague(0).id, displayName: colleague(0).displayName });

    const page = await api(bram, `/api/feed?view=topic&topic=%23${topic.toUpperCase()}`);
    expect(page.body.items.map((p: { id: string }) => p.id)).toEqual([post.id]);
    expect(AVAILABILITIES).toContain(page.body.items[0].author.presence.availability);
  });

  it("answers a blog without a title with the field named, in the caller's language, storing nothing", async () => {
    const en = await api(colleague(0), '/api/feed/posts', {
      method: 'POST',
      body: { kind: 'blog', bodyHtml: '<p>x</p>' },
    });
    expect(en).toMatchObject({
      status: 400,
      body: { code: 'feed.invalid', message: 'The title is required.' },
    });
    const nl = await api(colleague(0), '/api/feed/posts', {
      method: 'POST',
      language: 'nl-NL',
      body: { kind: 'status', bodyHtml: `<p>${'a'.repeat(2001)}</p>` },
    });
    expect(nl.body.message).toBe('De tekst is te lang (maximaal 2000 tekens).');
  });

  it('refuses a body that names someone else as author', async () => {
    const reply = await api(colleague(0), '/api/feed/posts', {
      method: 'POST',
      body: { kind: 'status', bodyHtml: '<p>x</p>', authorId: colleague(1).id },
    });
    expect(reply).toMatchObject({ status: 400, body: { code: 'invalidRequest' } });
  });

  it('lets only the author edit and delete', async () => {
    const post = await statusBy(colleague(0), '<p>Eerste versie</p>');
    const path = `/api/feed/posts/${post.id}`;
    expect(
      (await api(colleague(1), path, { method: 'PATCH', body: { bodyHtml: '<p>Kaping</p>' } })).status,
    ).toBe(403);
    expect((await api(moderator(), path, { method: 'DELETE' })).body.code).toBe('feed.not-author');
    const edited = await api(colleague(0), path, {
      method: 'PATCH',
      body: { bodyHtml: '<p>Tweede versie</p>' },
    });
    expect(edited.body).toMatchObject({ bodyHtml: '<p>Tweede versie</p>', editedAt: expect.any(String) });
    expect((await api(colleague(0), path, { method: 'DELETE' })).status).toBe(204);
    expect((await api(colleague(1), path)).body.code).toBe('feed.post.not-found');
  });
});

describe('a first page', () => {
  it("costs one Graph request (the authors' presence) once the reader is known, and none of the lists", async () => {
    const reader = colleague(2);
    await statusBy(colleague(0), '<p>Iets nieuws</p>');
    // A session's first page also asks the moderators group (then remembered), beside presence.
    const first = await countGraph(() => api(reader, '/api/feed?view=latest&top=20'));
    expect([...first.requests].sort()).toEqual([
      expect.stringMatching(/^POST .*\/communications\/getPresencesByUserId$/),
      expect.stringMatching(/^POST .*\/users\/[^/]+\/checkMemberGroups$/),
    ]);
    const { result, requests } = await countGraph(() => api(reader, '/api/feed?view=latest&top=20'));
    expect(result.body.items.length).toBeGreaterThan(0);
    expect(requests).toEqual([expect.stringMatching(/^POST .*\/communications\/getPresencesByUserId$/)]);
  });

  it("refuses a cursor it did not hand out, a page of 51 and a person's feed without the person", async () => {
    expect((await api(colleague(0), '/api/feed?cursor=nope')).body.code).toBe('feed.cursor.invalid');
    expect((await api(colleague(0), '/api/feed?top=51')).body.code).toBe('feed.invalid');
    const noPerson = await api(colleague(0), '/api/feed?view=person', { language: 'nl-NL' });
    expect(noPerson).toMatchObject({
      status: 400,
      body: { code: 'feed.invalid', message: 'De collega is verplicht.' },
    });
  });
});

describe('likes, comments and follows', () => {
  it('counts one like per person; the second is refused; an unlike takes it back once', async () => {
    const post = await statusBy(colleague(0), '<p>Like mij</p>');
    const likes = `/api/feed/posts/${post.id}/likes`;
    expect((await api(colleague(1), likes, { method: 'POST' })).body).toEqual({
      likeCount: 1,
      likedByMe: true,
    });
    expect((await api(colleague(1), likes, { method: 'POST' })).body.code).toBe('feed.like.duplicate');
    expect((await api(colleague(2), likes, { method: 'POST' })).body).toEqual({
      likeCount: 2,
      likedByMe: true,
    });
    expect((await api(colleague(1), likes, { method: 'DELETE' })).status).toBe(204);
    expect((await api(colleague(1), likes, { method: 'DELETE' })).body.code).toBe('feed.like.not-found');
    expect((await api(colleague(0), `/api/feed/posts/${post.id}`)).body).toMatchObject({
      likeCount: 1,
      likedByMe: false,
    });
  });

  it('threads comments with one reply level', async () => {
    const post = await statusBy(colleague(0), '<p>Vragen?</p>');
    const comments = `/api/feed/posts/${post.id}/comments`;
    const top = (await api(colleague(1), comments, { method: 'POST', body: { bodyHtml: '<p>Ja</p>' } })).body;
    const reply = (
      await api(colleague(0), comments, {
        method: 'POST',
        body: { bodyHtml: '<p>Zeg het maar</p>', parentId: top.id },
      })
    ).body;
    const deeper = await api(colleague(1), comments, {
      method: 'POST',
      body: { bodyHtml: '<p>Nou</p>', parentId: reply.id },
    });
    expect(deeper.body.code).toBe('feed.reply-too-deep');
    const threads = await api(colleague(2), comments);
    expect(threads.body.items.map((c: any) => [c.id, c.replies.map((r: any) => r.id)])).toEqual([
      [top.id, [reply.id]],
    ]);
    expect((await api(colleague(2), `/api/feed/posts/${post.id}`)).body.commentCount).toBe(2);
  });

  it('brings a followed topic into "For you", saying why', async () => {
    const topic = uniqueTopic();
    const reader = colleague(3);
    const post = await statusBy(colleague(4), `<p>Over #${topic}</p>`);
    expect(
      (await api(reader, '/api/feed/follows', { method: 'POST', body: { topic: `#${topic}` } })).body.topics,
    ).toContain(topic);
    const page = await api(reader, '/api/feed?view=foryou&top=50');
    expect(page.body.items.find((p: any) => p.id === post.id)).toMatchObject({ because: 'topic' });
    expect((await api(reader, `/api/feed/follows?topic=${topic}`, { method: 'DELETE' })).status).toBe(204);
  });
});

describe('moderation', () => {
  it('lets moderators, and only them, hide and restore with a reason; hidden posts show to author and moderators', async () => {
    const post = await statusBy(colleague(0), '<p>Klantnummer 12345</p>');
    const moderation = `/api/feed/posts/${post.id}/moderation`;
    expect(
      (await api(colleague(1), moderation, { method: 'POST', body: { action: 'hide', reason: 'x' } })).body
        .code,
    ).toBe('feed.not-moderator');
    expect((await api(moderator(), '/api/feed/me')).body).toEqual({ id: moderator().id, isModerator: true });
    const hidden = await api(moderator(), moderation, {
      method: 'POST',
      body: { action: 'hide', reason: 'Klantgegevens' },
    });
    expect(hidden.body).toMatchObject({ action: 'hide', reason: 'Klantgegevens' });
    expect((await api(colleague(1), `/api/feed/posts/${post.id}`)).status).toBe(404);
    expect((await api(colleague(0), `/api/feed/posts/${post.id}`)).body.hidden).toMatchObject({
      reason: 'Klantgegevens',
    });
    expect((await api(colleague(1), `/api/feed/posts/${post.id}/likes`, { method: 'POST' })).status).toBe(
      404,
    );
    await api(moderator(), moderation, {
      method: 'POST',
      body: { action: 'restore', reason: 'Nummer verwijderd' },
    });
    expect((await api(colleague(1), `/api/feed/posts/${post.id}`)).body.hidden).toBeUndefined();
  });
});

describe('Graph busy', () => {
  it('answers 503 "busy, try again" in the caller\'s language when Graph keeps throttling, and the next click works', async () => {
    const post = await statusBy(colleague(0), '<p>Drukte</p>');
    await devControl(t, 'PUT', '/faults', {
      rules: [{ kind: 'throttle', route: '^GET .*/lists/', count: 10, retryAfterSeconds: 0 }],
    });
    const busy = await api(colleague(1), `/api/feed/posts/${post.id}/likes`, {
      method: 'POST',
      language: 'nl-NL',
    });
    expect(busy).toMatchObject({
      status: 503,
      body: { code: 'unavailable', message: 'Samen heeft het even druk. Probeer het zo nog eens.' },
    });
    await devControl(t, 'DELETE', '/faults');
    expect((await api(colleague(1), `/api/feed/posts/${post.id}/likes`, { method: 'POST' })).status).toBe(
      201,
    );
  });
});

describe('a like race through the API', () => {
  const CROWD = 500;
  let crowd: Array<{ id: string; userPrincipalName: string; displayName: string }>;

  beforeAll(async () => {
    crowd = await someUsers(t, CROWD);
    // Tokens first, twenty at a time: the race is between likes, not between sign-ins.
    for (let i = 0; i < crowd.length; i += 20)
      await Promise.all(crowd.slice(i, i + 20).map((p) => tokenOf(p.userPrincipalName)));
  }, 120_000);

  /**
   * One click as a client makes it: a 503 (Graph still throttling after the service's own retries: "busy, try
   * again", per the contract) is tried again, a few times; any other answer is the click's outcome.
   */
  async function click(person: { userPrincipalName: string }, postId: string) {
    let reply = await api(person, `/api/feed/posts/${postId}/likes`, { method: 'POST' });
    for (let again = 0; again < 5 && reply.status === 503; again++)
      reply = await api(person, `/api/feed/posts/${postId}/likes`, { method: 'POST' });
    return reply;
  }

  async function race(postId: string) {
    // Everyone likes twice at once: the second click of each is the one that must be refused.
    const replies = await Promise.all([...crowd, ...crowd].map((person) => click(person, postId)));
    return {
      created: replies.filter((r) => r.status === 201).length,
      refused: replies.filter((r) => r.status === 409 && r.body.code === 'feed.like.duplicate').length,
    };
  }

  /** The likes the list holds for the post, read from SharePoint itself. */
  async function storedLikes(postId: string): Promise<number> {
    const token = await appToken(t);
    let url: string | undefined =
      `/sites/${t.hubSite.id}/lists/Samen%20Likes/items?expand=fields($select=UserId)&$filter=fields/TargetId eq '${postId}'&$top=5000`;
    const users = new Set<string>();
    let rows = 0;
    while (url) {
      const page: { body: Record<string, any> } = await rawGraph(t, url, { token });
      for (const item of page.body.value) {
        rows++;
        users.add(item.fields.UserId);
      }
      url = page.body['@odata.nextLink']?.replace(t.graphBaseUrl, '');
    }
    expect(users.size).toBe(rows);
    return rows;
  }

  it.each([
    ['without throttling', 0],
    ['with 10% of Graph requests throttled (429)', 0.1],
  ])(
    '%s: exactly 500 likes, and every second like refused',
    async (_, share) => {
      const post = await statusBy(colleague(0), '<p>Wie is er morgen bij de lancering?</p>');
      if (share > 0)
        await devControl(t, 'PUT', '/faults', {
          rules: [{ kind: 'throttle', route: '^(GET|POST) .*/lists/', share, retryAfterSeconds: 0 }],
        });
      const outcome = await race(post.id);
      const faults = await devControl(t, 'GET', '/faults');
      await devControl(t, 'DELETE', '/faults');
      expect(outcome).toEqual({ created: CROWD, refused: CROWD });
      if (share > 0) expect(faults.body.rules[0].fired).toBeGreaterThan(100);
      expect(await storedLikes(post.id)).toBe(CROWD);
      expect((await api(colleague(0), `/api/feed/posts/${post.id}`)).body.likeCount).toBe(CROWD);
      await running.feed.projection.round();
      expect((await api(colleague(0), `/api/feed/posts/${post.id}`)).body.likeCount).toBe(CROWD);
    },
    180_000,
  );
});
