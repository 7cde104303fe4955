import { appToken, devControl, graphClient, rawGraph, someUsers, tenant } from '../../../test-support/tenant';

const t = tenant();
const admin = () => appToken(t, 'samen-admin');

async function batch(requests: unknown[]) {
  return rawGraph(t, '/$batch', { token: await admin(), method: 'POST', body: JSON.stringify({ requests }) });
}

describe('$batch', () => {
  afterEach(() => devControl(t, 'DELETE', '/faults'));

  it('answers each sub-request with its own status, headers and body', async () => {
    const [user] = await someUsers(t, 1);
    const reply = await batch([
      { id: '1', method: 'GET', url: `/users/${user!.id}?$select=displayName,skills` },
      { id: '2', method: 'GET', url: '/users/00000000-0000-0000-0000-000000000000' },
      { id: '3', method: 'GET', url: `users/${user!.id}/presence` },
    ]);
    expect(reply.status).toBe(200);
    const byId = new Map(reply.body.responses.map((r: { id: string }) => [r.id, r]));
    expect(byId.get('1')).toMatchObject({ status: 200, body: { displayName: user!.displayName } });
    expect(byId.get('2')).toMatchObject({
      status: 404,
      body: { error: { code: 'Request_ResourceNotFound' } },
    });
    expect(byId.get('3')).toMatchObject({ status: 200, body: { id: user!.id } });
  });

  it('fails dependants of a failed request with 424 and runs dependencies first', async () => {
    const reply = await batch([
      { id: 'b', method: 'GET', url: '/users?$top=1', dependsOn: ['a'] },
      { id: 'a', method: 'GET', url: '/users/not-there' },
    ]);
    const byId = new Map(reply.body.responses.map((r: { id: string; status: number }) => [r.id, r.status]));
    expect(byId.get('a')).toBe(404);
    expect(byId.get('b')).toBe(424);
  });

  it.each([
    [
      '21 requests',
      Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/users?$top=1' })),
      /limit of 20/,
    ],
    [
      'duplicate ids',
      [
        { id: '1', method: 'GET', url: '/users' },
        { id: '1', method: 'GET', url: '/users' },
      ],
      /more than once/,
    ],
    [
      'an unknown dependency',
      [{ id: '1', method: 'GET', url: '/users', dependsOn: ['9'] }],
      /depends on '9'/,
    ],
    ['a body without Content-Type', [{ id: '1', method: 'POST', url: '/users', body: {} }], /Content-Type/],
    [
      'an absolute url',
      [{ id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/users' }],
      /relative URL/,
    ],
  ])('refuses a batch with %s as a whole (400)', async (_name, requests, message) => {
    const reply = await batch(requests);
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toMatch(message);
  });

  it('throttles sub-requests one by one, and the caller sees each 429 with its Retry-After', async () => {
    await devControl(t, 'PUT', '/faults', {
      rules: [{ kind: 'throttle', route: '^GET /users/[^/]+/presence$', count: 2, retryAfterSeconds: 7 }],
    });
    const users = await someUsers(t, 3);
    const reply = await batch(
      users.map((u, i) => ({ id: String(i), method: 'GET', url: `/users/${u.id}/presence` })),
    );
    expect(reply.status).toBe(200);
    const throttled = reply.body.responses.filter((r: { status: number }) => r.status === 429);
    expect(throttled).toHaveLength(2);
    expect(throttled[0].headers['Retry-After']).toBe('7');
    expect(throttled[0].body.error.code).toBe('TooManyRequests');
    expect(reply.body.responses.filter((r: { status: number }) => r.status === 200)).toHaveLength(1);
  });
});

describe('fault injection with the official client', () => {
  afterEach(() => devControl(t, 'DELETE', '/faults'));

  it("lets the client's RetryHandler recover from 429s, waiting the Retry-After each time", async () => {
    await devControl(t, 'PUT', '/faults', {
      rules: [{ kind: 'throttle', route: '^GET /users$', count: 2, retryAfterSeconds: 1 }],
    });
    const started = Date.now();
    const page = await graphClient(t, admin).api('/users').top(1).get();
    expect(page.value).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    const { body } = await devControl(t, 'GET', '/faults');
    expect(body.rules[0]).toMatchObject({ fired: 2, seen: 3 });
  });

  it('answers 503 with Retry-After for a share of requests on a route', async () => {
    await devControl(t, 'PUT', '/faults', {
      rules: [{ kind: 'unavailable', route: '^GET /sites', share: 0.5, retryAfterSeconds: 3 }],
    });
    const token = await admin();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await rawGraph(t, `/sites/${t.hubSite.id}`, { token })).status);
    expect(statuses.filter((s) => s === 503)).toHaveLength(2);
    expect(statuses.filter((s) => s === 200)).toHaveLength(2);
  });

  it('refuses a malformed fault configuration and keeps the old one', async () => {
    await devControl(t, 'PUT', '/faults', {
      rules: [{ kind: 'latency', route: '^GET /nothing', latencyMs: 10 }],
    });
    const bad = await devControl(t, 'PUT', '/faults', { rules: [{ kind: 'earthquake' }] });
    expect(bad.status).toBe(400);
    const { body } = await devControl(t, 'GET', '/faults');
    expect(body.rules).toHaveLength(1);
    expect(body.rules[0].kind).toBe('latency');
  });
});
