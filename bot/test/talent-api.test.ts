import { AVAILABILITIES, operationOf, replyViolation } from '@samen/core/contract';
import type { RunningService } from '../src/service';
import { app, appToken, rawGraph, someUsers, tenant, userToken } from '../../test-support/tenant';
import { startServiceOnDevTenant } from './support/service';

const t = tenant();
const service = app(t, 'samen-service');
const graphRequests: string[] = [];
let running: RunningService;

beforeAll(async () => {
  running = await startServiceOnDevTenant({
    onGraphRequest: (method, url) => graphRequests.push(`${method} ${new URL(url).pathname}`),
  });
}, 120_000);

afterAll(() => running.close());

async function signIn(index = 0) {
  const users = await someUsers(t, index + 1);
  const user = users[index]!;
  return {
    user,
    token: await userToken(t, user.userPrincipalName, `api://${service.clientId}/access_as_user`),
  };
}

async function api(path: string, token: string, init: RequestInit & { language?: string } = {}) {
  const { language, ...rest } = init;
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    'Accept-Language': language ?? 'en-US',
  };
  if (rest.body) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${running.url}${path}`, { ...rest, headers });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as unknown) : undefined;
  expectContractReply(rest.method ?? 'GET', new URL(path, running.url).pathname, response.status, body);
  return { status: response.status, body: body as Record<string, any> };
}

/** Every reply these tests see is one the HTTP contract allows for its operation (status, body, problem code). */
function expectContractReply(method: string, pathname: string, status: number, body: unknown): void {
  const operation = operationOf(method, pathname);
  if (!operation) throw new Error(`${method} ${pathname} is not an operation of the contract`);
  expect(replyViolation(operation, status, body)).toBeUndefined();
}

/** Graph requests made while `action` runs. */
async function countGraph<T>(action: () => Promise<T>): Promise<{ result: T; requests: string[] }> {
  const before = graphRequests.length;
  const result = await action();
  return { result, requests: graphRequests.slice(before) };
}

describe('GET /api/talent/search', () => {
  it('finds fiber experts for "glasvezel", with presence, for one Graph request', async () => {
    const { token } = await signIn();
    const { result, requests } = await countGraph(() =>
      api('/api/talent/search?q=glasvezel&top=5', token, { language: 'nl-NL' }),
    );
    expect(result.status).toBe(200);
    expect(result.body.total).toBeGreaterThan(5);
    expect(result.body.results).toHaveLength(5);
    for (const person of result.body.results) {
      expect(AVAILABILITIES).toContain(person.presence.availability);
      expect(person.userPrincipalName).toMatch(/@/);
      expect(person.why).toMatch(/vaardigheden|glasvezel/i);
    }
    expect(requests).toEqual([expect.stringMatching(/^POST .*\/communications\/getPresencesByUserId$/)]);
  });

  it('returns only people available now, still for one Graph request', async () => {
    const { token } = await signIn();
    const { result, requests } = await countGraph(() =>
      api('/api/talent/search?q=sales&available=true&top=10', token),
    );
    expect(result.status).toBe(200);
    for (const person of result.body.results)
      expect(['Available', 'AvailableIdle']).toContain(person.presence.availability);
    expect(requests).toHaveLength(1);
  });

  it('answers paging past the end with no results and the real total', async () => {
    const { token } = await signIn();
    const first = await api('/api/talent/search?q=kubernetes&top=1', token);
    const past = await api(`/api/talent/search?q=kubernetes&top=10&skip=${first.body.total + 5}`, token);
    expect(past.status).toBe(200);
    expect(past.body.results).toEqual([]);
    expect(past.body.total).toBe(first.body.total);
  });

  it.each([
    ['an empty query', '/api/talent/search?q=%20%20', 400, 'talent.query.empty', 'Typ waar je naar zoekt'],
    [
      'a query too long to be a search',
      `/api/talent/search?q=${'fiber '.repeat(50)}`,
      400,
      'talent.query.too-long',
      'te lang',
    ],
    ['a huge query', `/api/talent/search?q=${'x'.repeat(5000)}`, 400, 'invalidRequest', 'klopt iets niet'],
    ['an unknown filter', '/api/talent/search?q=fiber&team=x', 400, 'invalidRequest', 'klopt iets niet'],
    [
      'a page size of 0',
      '/api/talent/search?q=fiber&top=0',
      400,
      'talent.query.invalid-paging',
      'bestaat niet',
    ],
    ['a missing query', '/api/talent/search', 400, 'invalidRequest', 'klopt iets niet'],
  ])('refuses %s with a localised problem', async (_name, path, status, code, dutch) => {
    const { token } = await signIn();
    const reply = await api(path, token, { language: 'nl-NL' });
    expect(reply.status).toBe(status);
    expect(reply.body.code).toBe(code);
    expect(reply.body.message).toContain(dutch);
  });

  it('treats a script-laden query as text', async () => {
    const { token } = await signIn();
    const reply = await api(
      `/api/talent/search?q=${encodeURIComponent('<script>alert(1)</script> glasvezel')}`,
      token,
    );
    expect(reply.status).toBe(200);
    expect(JSON.stringify(reply.body)).not.toContain('<script>');
  });

  it('refuses a token for another audience', async () => {
    const { user } = await signIn();
    const graphToken = await userToken(t, user.userPrincipalName);
    expect((await api('/api/talent/search?q=fiber', graphToken)).status).toBe(401);
  });
});

describe('endorsements', () => {
  it('lets a colleague endorse once, never themselves, and take it back', async () => {
    const { user: endorser, token } = await signIn(0);
    const [, person] = await someUsers(t, 2);
    const path = `/api/talent/people/${person!.id}/endorsements`;
    const first = await api(path, token, { method: 'POST', body: JSON.stringify({ skill: 'k8s' }) });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ skill: 'kubernetes', count: expect.any(Number) });
    const again = await api(path, token, { method: 'POST', body: JSON.stringify({ skill: 'Kubernetes' }) });
    expect(again.body.code).toBe('talent.endorsement.duplicate');
    expect(again.status).toBe(409);
    const self = await api(`/api/talent/people/${endorser.id}/endorsements`, token, {
      method: 'POST',
      body: JSON.stringify({ skill: 'k8s' }),
    });
    expect(self.body.code).toBe('talent.endorsement.self');
    expect(self.status).toBe(403);
    expect(
      (await api(path, token, { method: 'DELETE', body: JSON.stringify({ skill: 'kubernetes' }) })).status,
    ).toBe(204);
    const gone = await api(path, token, { method: 'DELETE', body: JSON.stringify({ skill: 'kubernetes' }) });
    expect(gone.body.code).toBe('talent.endorsement.not-found');
  });

  it('answers 404 for someone who does not exist, and 400 without a skill', async () => {
    const { token } = await signIn();
    const [, person] = await someUsers(t, 2);
    const unknown = await api('/api/talent/people/00000000-0000-4000-8000-000000000000/endorsements', token, {
      method: 'POST',
      body: JSON.stringify({ skill: 'fiber' }),
    });
    expect(unknown.body.code).toBe('talent.person.not-found');
    const noSkill = await api(`/api/talent/people/${person!.id}/endorsements`, token, {
      method: 'POST',
      body: JSON.stringify({ skill: ' ' }),
    });
    expect(noSkill.body.code).toBe('talent.skill.required');
  });
});

describe('/api/talent/me', () => {
  it('changes your own skills in your Graph profile (on your behalf) and your opt-in in Samen', async () => {
    const { user, token } = await signIn(3);
    const reply = await api('/api/talent/me', token, {
      method: 'PATCH',
      body: JSON.stringify({
        skills: ['Glasvezel', 'FTTH', 'Kubernetes'],
        openToQuestions: true,
        languages: ['nl', 'en'],
      }),
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: user.id, openToQuestions: true, languages: ['nl', 'en'] });
    expect(reply.body.skills).toEqual(['Glasvezel', 'Kubernetes']);
    const graph = await rawGraph(t, `/users/${user.id}?$select=skills`, { token: await appToken(t) });
    expect(graph.body.skills).toEqual(['Glasvezel', 'Kubernetes']);
    expect((await api('/api/talent/me', token)).body).toMatchObject({ openToQuestions: true });
  });

  it('refuses more than 50 skills and changes nothing', async () => {
    const { user, token } = await signIn(4);
    const before = await api('/api/talent/me', token);
    const tooMany = Array.from({ length: 51 }, (_, i) => `Skill ${i}`);
    const reply = await api('/api/talent/me', token, {
      method: 'PATCH',
      body: JSON.stringify({ skills: tooMany }),
    });
    expect(reply.body.code).toBe('talent.profile.too-many-skills');
    expect((await api('/api/talent/me', token)).body.skills).toEqual(before.body.skills);
    const graph = await rawGraph(t, `/users/${user.id}?$select=skills`, { token: await appToken(t) });
    expect(graph.body.skills).toEqual(before.body.skills);
  });
});
