import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwksTokenValidator } from '../src/auth/caller';
import { authenticated, createApp } from '../src/http/app';
import { ProblemError, Problems } from '../src/http/problems';
import { app, appToken, someUsers, tenant, userToken } from '../../test-support/tenant';

const t = tenant();
const service = app(t, 'samen-service');
let server: Server;
let base: string;

class ShelfEmpty extends Error {}

beforeAll(async () => {
  const deps = {
    validator: jwksTokenValidator({ issuer: t.issuer, jwksUri: t.jwksUri, audience: service.clientId }),
    problems: new Problems({
      shelfEmpty: { status: 409, 'en-US': 'The shelf is empty.', 'nl-NL': 'De plank is leeg.' },
    }),
    codeOf: (error: unknown) => (error instanceof ShelfEmpty ? 'shelfEmpty' : undefined),
    log: () => undefined,
  };
  const api = createApp(deps, (express) => {
    express.get(
      '/api/whoami',
      authenticated(deps, async (_req, call) => ({ status: 200, body: call })),
    );
    express.post(
      '/api/echo',
      authenticated(deps, async (req) => ({ status: 200, body: req.body })),
    );
    express.get(
      '/api/shelf',
      authenticated(deps, async () => Promise.reject(new ShelfEmpty())),
    );
    express.get(
      '/api/forbidden',
      authenticated(deps, async () => Promise.reject(new ProblemError('forbidden'))),
    );
    express.get(
      '/api/broken',
      authenticated(deps, async () => Promise.reject(new Error('secret stack detail'))),
    );
  });
  server = api.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

const apiToken = async () => {
  const [user] = await someUsers(t, 1);
  return {
    user: user!,
    token: await userToken(t, user!.userPrincipalName, `api://${service.clientId}/access_as_user`),
  };
};

async function call(path: string, init: RequestInit & { token?: string; language?: string } = {}) {
  const { token, language, ...rest } = init;
  const headers: Record<string, string> = { 'Accept-Language': language ?? 'en-US,en;q=0.8' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (rest.body) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${base}${path}`, { ...rest, headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the service edge', () => {
  it('takes the caller from a validated token for this API, never from the request', async () => {
    const { user, token } = await apiToken();
    const reply = await call('/api/whoami', { token });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      actor: { userId: user.id, userPrincipalName: user.userPrincipalName },
      locale: 'en-US',
    });
  });

  it.each([
    ['no token', undefined],
    ['a Graph token (another audience)', 'graph'],
    ['an app-only token', 'app'],
    ['garbage', 'not.a.token'],
  ])('answers 401 with a localised problem for %s', async (_name, kind) => {
    const token =
      kind === 'graph'
        ? await userToken(t, (await someUsers(t, 1))[0]!.userPrincipalName)
        : kind === 'app'
          ? await appToken(t, 'samen-service')
          : kind;
    const english = await call('/api/whoami', { token });
    expect(english).toEqual({
      status: 401,
      body: { status: 401, code: 'unauthenticated', message: 'Please sign in again.' },
    });
    const dutch = await call('/api/whoami', { token, language: 'nl-NL,nl;q=0.9' });
    expect(dutch.body).toMatchObject({ code: 'unauthenticated', message: 'Meld je opnieuw aan.' });
  });

  it('answers malformed JSON with 400 invalidRequest', async () => {
    const { token } = await apiToken();
    const reply = await call('/api/echo', { token, method: 'POST', body: '{"half":' });
    expect(reply).toMatchObject({ status: 400, body: { code: 'invalidRequest' } });
  });

  it('answers a body over 256 kB with 413', async () => {
    const { token } = await apiToken();
    const reply = await call('/api/echo', {
      token,
      method: 'POST',
      body: JSON.stringify({ text: 'x'.repeat(270_000) }),
    });
    expect(reply).toMatchObject({ status: 413, body: { code: 'payloadTooLarge' } });
  });

  it("maps a feature's own errors to its localised problems", async () => {
    const { token } = await apiToken();
    expect(await call('/api/shelf', { token, language: 'nl' })).toEqual({
      status: 409,
      body: { status: 409, code: 'shelfEmpty', message: 'De plank is leeg.' },
    });
    expect((await call('/api/forbidden', { token })).status).toBe(403);
  });

  it('never shows developer details for unexpected errors', async () => {
    const { token } = await apiToken();
    const reply = await call('/api/broken', { token });
    expect(reply.status).toBe(500);
    expect(JSON.stringify(reply.body)).not.toContain('secret stack detail');
  });

  it('answers unknown routes with a 404 problem', async () => {
    expect(await call('/api/nothing-here')).toMatchObject({ status: 404, body: { code: 'notFound' } });
  });
});
