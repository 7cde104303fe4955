import { randomUUID } from 'node:crypto';
import { appToken, graphClient, rawGraph, someUsers, tenant, userToken } from '../../../test-support/tenant';

const t = tenant();
const admin = () => appToken(t, 'samen-admin');
const DEFAULT_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'id',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
];

function newUserBody(nickname = `test.${randomUUID().slice(0, 8)}`) {
  return {
    accountEnabled: true,
    displayName: 'Test Gebruiker',
    mailNickname: nickname,
    userPrincipalName: `${nickname}@${t.domain}`,
    passwordProfile: { forceChangePasswordNextSignIn: false, password: 'Welkom-123456' },
  };
}

describe('GET /users', () => {
  it('returns the default properties, a context and a nextLink the official client can follow', async () => {
    const client = graphClient(t, admin);
    const first = await client.api('/users').top(5).get();
    expect(first['@odata.context']).toBe(`${t.graphBaseUrl}/$metadata#users`);
    expect(first.value).toHaveLength(5);
    expect(Object.keys(first.value[0]).sort()).toEqual([...DEFAULT_PROPERTIES].sort());
    const second = await client.api(first['@odata.nextLink']).get();
    expect(second.value).toHaveLength(5);
    const ids = new Set([...first.value, ...second.value].map((u: { id: string }) => u.id));
    expect(ids.size).toBe(10);
  });

  it('returns only the selected properties', async () => {
    const page = await graphClient(t, admin).api('/users').select('displayName,department').top(3).get();
    for (const user of page.value) expect(Object.keys(user).sort()).toEqual(['department', 'displayName']);
  });

  it('answers 501 for profile properties on the collection', async () => {
    const reply = await rawGraph(t, '/users?$select=displayName,skills', { token: await admin() });
    expect(reply.status).toBe(501);
    expect(reply.body.error.code).toBe('NotImplemented');
  });

  it('filters with eq and startswith, case-insensitively', async () => {
    const [user] = await someUsers(t, 1);
    const client = graphClient(t, admin);
    const upn = user!.userPrincipalName.toUpperCase();
    const byUpn = await client.api('/users').filter(`userPrincipalName eq '${upn}'`).get();
    expect(byUpn.value.map((u: { id: string }) => u.id)).toEqual([user!.id]);
    const prefix = user!.displayName.slice(0, 3).toLowerCase();
    const byName = await client.api('/users').filter(`startswith(displayName,'${prefix}')`).top(999).get();
    expect(byName.value.length).toBeGreaterThan(0);
    for (const u of byName.value) expect(u.displayName.toLowerCase().startsWith(prefix)).toBe(true);
  });

  it('refuses $search without ConsistencyLevel: eventual, and answers it with the header', async () => {
    const token = await admin();
    const refused = await rawGraph(t, '/users?$search="displayName:jan"', { token });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('Request_UnsupportedQuery');
    expect(refused.body.error.message).toMatch(/ConsistencyLevel: eventual/);
    const found = await rawGraph(
      t,
      '/users?$search="displayName:jan"&$count=true&$top=999&$select=displayName',
      {
        token,
        headers: { ConsistencyLevel: 'eventual' },
      },
    );
    expect(found.status).toBe(200);
    expect(found.body['@odata.count']).toBe(found.body.value.length);
    for (const u of found.body.value) expect(u.displayName.toLowerCase()).toMatch(/(^|[\s-])jan/);
  });

  it('needs the advanced query header for ne, and counts with it', async () => {
    const token = await admin();
    const refused = await rawGraph(t, "/users?$filter=department ne 'HR'", { token });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('Request_UnsupportedQuery');
    const counted = await rawGraph(t, "/users?$filter=department ne 'HR'&$count=true&$top=1", {
      token,
      headers: { ConsistencyLevel: 'eventual' },
    });
    expect(counted.status).toBe(200);
    expect(counted.body['@odata.count']).toBeGreaterThan(1);
  });

  it('answers /users/$count as text/plain only with ConsistencyLevel: eventual', async () => {
    const token = await admin();
    expect((await rawGraph(t, '/users/$count', { token })).status).toBe(400);
    const reply = await rawGraph(t, '/users/$count', { token, headers: { ConsistencyLevel: 'eventual' } });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(Number(reply.body)).toBeGreaterThan(100);
  });

  it.each([
    ['$top above 999', '/users?$top=1000', 'Request_BadRequest'],
    ['a $filter syntax error', "/users?$filter=displayName eq 'x'')", 'Request_BadRequest'],
    ['an unknown property in $select', '/users?$select=shoeSize', 'Request_BadRequest'],
    ['a profile property in $filter', "/users?$filter=aboutMe eq 'x'", 'Request_UnsupportedQuery'],
    ['a lambda operator', "/users?$filter=businessPhones/any(p:p eq '1')", 'Request_UnsupportedQuery'],
  ])('answers 400 for %s', async (_name, path, code) => {
    const reply = await rawGraph(t, path, { token: await admin() });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe(code);
    expect(reply.body.error.message.length).toBeGreaterThan(10);
  });
});

describe('a single user', () => {
  it('returns profile properties with $select, by id or by UPN', async () => {
    const [user] = await someUsers(t, 1);
    const client = graphClient(t, admin);
    const byId = await client.api(`/users/${user!.id}`).select('displayName,skills,aboutMe,interests').get();
    expect(byId['@odata.context']).toBe(
      `${t.graphBaseUrl}/$metadata#users(displayName,skills,aboutMe,interests)/$entity`,
    );
    expect(Array.isArray(byId.skills)).toBe(true);
    expect(byId.skills.length).toBeGreaterThan(0);
    const byUpn = await client.api(`/users/${encodeURIComponent(user!.userPrincipalName)}`).get();
    expect(byUpn.id).toBe(user!.id);
  });

  it('answers 404 Request_ResourceNotFound for an unknown user', async () => {
    const reply = await rawGraph(t, `/users/${randomUUID()}`, { token: await admin() });
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('Request_ResourceNotFound');
  });

  it('answers /me for delegated tokens only', async () => {
    const [user] = await someUsers(t, 1);
    const me = await graphClient(t, () => userToken(t, user!.userPrincipalName))
      .api('/me')
      .get();
    expect(me.id).toBe(user!.id);
    const reply = await rawGraph(t, '/me', { token: await admin() });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toMatch(/delegated authentication flow/);
  });

  it('returns the manager', async () => {
    const users = await someUsers(t, 20);
    const client = graphClient(t, admin);
    const withManager = await Promise.all(
      users.map((u) =>
        client
          .api(`/users/${u.id}/manager`)
          .get()
          .catch(() => undefined),
      ),
    );
    const found = withManager.filter(Boolean);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]['@odata.type']).toBe('#microsoft.graph.user');
  });
});

describe('writing users', () => {
  it('creates (201), updates (204) and deletes (204) a user', async () => {
    const client = graphClient(t, admin);
    const created = await client.api('/users').post(newUserBody());
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    await client
      .api(`/users/${created.id}`)
      .patch({ jobTitle: 'Glasvezelmonteur', department: 'Fiber Rollout' });
    const read = await client.api(`/users/${created.id}`).select('jobTitle,department').get();
    expect(read).toMatchObject({ jobTitle: 'Glasvezelmonteur', department: 'Fiber Rollout' });
    await client.api(`/users/${created.id}`).delete();
    const gone = await rawGraph(t, `/users/${created.id}`, { token: await admin() });
    expect(gone.status).toBe(404);
  });

  it('refuses a second user with the same userPrincipalName', async () => {
    const body = newUserBody();
    const token = await admin();
    expect((await rawGraph(t, '/users', { token, method: 'POST', body: JSON.stringify(body) })).status).toBe(
      201,
    );
    const again = await rawGraph(t, '/users', { token, method: 'POST', body: JSON.stringify(body) });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/same value for property userPrincipalName/);
  });

  it.each([
    ['an unknown property', { shoeSize: 44 }, /Invalid property 'shoeSize'/],
    ['a missing passwordProfile', { passwordProfile: undefined }, /passwordProfile/],
    ['a wrong type', { accountEnabled: 'yes' }, /accountEnabled/],
    ['a foreign domain', { userPrincipalName: 'someone@example.com' }, /verified domain/],
  ])('refuses to create a user with %s and creates nothing', async (_name, change, message) => {
    const token = await admin();
    const body = { ...newUserBody(), ...change };
    const reply = await rawGraph(t, '/users', { token, method: 'POST', body: JSON.stringify(body) });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toMatch(message);
    const lookup = await rawGraph(t, `/users?$filter=mailNickname eq '${body.mailNickname}'`, { token });
    expect(lookup.body.value).toEqual([]);
  });

  it('lets users change their own profile properties with a delegated token, through /me', async () => {
    const [user] = await someUsers(t, 1);
    const client = graphClient(t, () => userToken(t, user!.userPrincipalName));
    await client
      .api('/me')
      .patch({ skills: ['Glasvezel', 'FTTH', 'Kubernetes'], aboutMe: 'Ik help graag met glasvezel.' });
    const read = await client.api('/me').select('skills,aboutMe').get();
    expect(read).toMatchObject({
      skills: ['Glasvezel', 'FTTH', 'Kubernetes'],
      aboutMe: 'Ik help graag met glasvezel.',
    });
  });

  it('refuses profile properties written app-only, or mixed with directory properties', async () => {
    const [user] = await someUsers(t, 1);
    const appOnly = await rawGraph(t, `/users/${user!.id}`, {
      token: await admin(),
      method: 'PATCH',
      body: JSON.stringify({ skills: ['x'] }),
    });
    expect(appOnly.status).toBe(403);
    const userTok = await userToken(t, user!.userPrincipalName);
    const mixed = await rawGraph(t, '/me', {
      token: userTok,
      method: 'PATCH',
      body: JSON.stringify({ skills: ['x'], jobTitle: 'y' }),
    });
    expect(mixed.status).toBe(400);
    const read = await rawGraph(t, `/users/${user!.id}?$select=skills`, { token: await admin() });
    expect(read.body.skills).not.toEqual(['x']);
  });
});

describe('GET /users/delta', () => {
  async function drain(client: ReturnType<typeof graphClient>, url: string) {
    const values: Array<Record<string, unknown>> = [];
    let next: string | undefined = url;
    let deltaLink: string | undefined;
    while (next) {
      const page: Record<string, any> = await client.api(next).get();
      values.push(...page.value);
      next = page['@odata.nextLink'];
      deltaLink = page['@odata.deltaLink'];
    }
    return { values, deltaLink: deltaLink! };
  }

  it('lists everyone first, then only what changed, deletions with @removed', async () => {
    const client = graphClient(t, admin);
    const initial = await drain(client, '/users/delta?$select=displayName,jobTitle');
    expect(initial.values.length).toBeGreaterThan(200);
    expect(initial.deltaLink).toMatch(/\$deltatoken=/);
    const created = await client.api('/users').post(newUserBody());
    const [someone] = await someUsers(t, 1);
    await client.api(`/users/${someone!.id}`).patch({ jobTitle: 'Delta Tester' });
    await client.api(`/users/${created.id}`).delete();
    const changes = await drain(client, initial.deltaLink);
    const byId = new Map(changes.values.map((v) => [v.id, v]));
    expect(byId.get(someone!.id)).toMatchObject({ jobTitle: 'Delta Tester' });
    expect(byId.get(created.id)).toMatchObject({ '@removed': { reason: 'changed' } });
    expect(changes.values.length).toBeLessThan(initial.values.length);
  });
});
