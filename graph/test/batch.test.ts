import { sendBatch, type BatchRequest } from '../src';
import { ClientCredentialsTokenSource, createGraphClient } from '../src/node';
import { app, devControl, someUsers, tenant } from '../../test-support/tenant';

const t = tenant();

function serviceClient() {
  const service = app(t, 'samen-service');
  const tokens = new ClientCredentialsTokenSource({
    tokenEndpoint: t.tokenEndpoint,
    clientId: service.clientId,
    clientSecret: service.clientSecret!,
  });
  return createGraphClient({ graphBaseUrl: t.graphBaseUrl, tokens });
}

const presenceRequests = (ids: string[]): BatchRequest[] =>
  ids.map((id, i) => ({ id: String(i), method: 'GET', url: `/users/${id}/presence` }));

describe('sendBatch', () => {
  afterEach(() => devControl(t, 'DELETE', '/faults'));

  it('sends throttled sub-requests again after their Retry-After until all succeed', async () => {
    await devControl(t, 'PUT', '/faults', {
      rules: [{ kind: 'throttle', route: '^GET /users/[^/]+/presence$', count: 3, retryAfterSeconds: 1 }],
    });
    const users = await someUsers(t, 5);
    const waits: number[] = [];
    const results = await sendBatch(serviceClient(), presenceRequests(users.map((u) => u.id)), {
      wait: async (ms) => {
        waits.push(ms);
        await new Promise((resolve) => setTimeout(resolve, ms));
      },
    });
    expect([...results.values()].map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(waits).toEqual([1000]);
    expect((results.get('0')!.body as { id: string }).id).toBe(users[0]!.id);
  });

  it('gives up after maxAttempts and returns what Graph last answered', async () => {
    await devControl(t, 'PUT', '/faults', {
      rules: [{ kind: 'throttle', route: '^GET /users/[^/]+/presence$', share: 1, retryAfterSeconds: 0 }],
    });
    const users = await someUsers(t, 2);
    const results = await sendBatch(serviceClient(), presenceRequests(users.map((u) => u.id)), {
      maxAttempts: 2,
      wait: () => Promise.resolve(),
    });
    expect([...results.values()].map((r) => r.status)).toEqual([429, 429]);
    const { body } = await devControl(t, 'GET', '/faults');
    expect(body.rules[0].fired).toBe(4);
  });

  it('retries a dependant that failed only because its throttled dependency did', async () => {
    await devControl(t, 'PUT', '/faults', {
      rules: [{ kind: 'throttle', route: '^GET /users/[^/]+$', count: 1, retryAfterSeconds: 0 }],
    });
    const [user] = await someUsers(t, 1);
    const results = await sendBatch(
      serviceClient(),
      [
        { id: 'user', method: 'GET', url: `/users/${user!.id}` },
        { id: 'presence', method: 'GET', url: `/users/${user!.id}/presence`, dependsOn: ['user'] },
      ],
      { wait: () => Promise.resolve() },
    );
    expect(results.get('user')!.status).toBe(200);
    expect(results.get('presence')!.status).toBe(200);
  });

  it('refuses more than 20 requests before sending anything', async () => {
    const requests = presenceRequests(Array.from({ length: 21 }, (_, i) => String(i)));
    await expect(sendBatch(serviceClient(), requests)).rejects.toThrow(/at most 20/);
  });
});
