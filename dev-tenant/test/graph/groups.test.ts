import { randomUUID } from 'node:crypto';
import {
  appToken,
  devControl,
  graphClient,
  rawGraph,
  tenant,
  userToken,
  type TestTenant,
} from '../../../test-support/tenant';
import { MODERATOR_COUNT, MODERATORS_GROUP_NAME } from '../../src/seed';

const t: TestTenant = tenant();
const admin = () => appToken(t, 'samen-admin');
const service = () => appToken(t, 'samen-service');
const moderatorsId = t.moderatorsGroupId;

type Row = Record<string, any>;

/** A token of one of the tenant's apps, consented to only these permissions. */
async function tokenWith(permissions: string[], user?: string): Promise<string> {
  const app = user ? 'samen-web' : 'samen-admin';
  const { body } = await devControl(t, 'POST', '/tokens', { app, user, permissions });
  return body.access_token as string;
}

async function get(path: string, token?: string, headers: Record<string, string> = {}) {
  return rawGraph(t, path, { token: token ?? (await admin()), headers });
}

async function post(path: string, body: unknown, token?: string) {
  return rawGraph(t, path, { method: 'POST', token: token ?? (await admin()), body: JSON.stringify(body) });
}

/** Every page of a collection, following nextLinks with the official client. */
async function allPages(path: string): Promise<Row[]> {
  const client = graphClient(t, admin);
  const rows: Row[] = [];
  let page = await client.api(path).get();
  rows.push(...page.value);
  while (page['@odata.nextLink']) {
    page = await client.api(page['@odata.nextLink']).get();
    rows.push(...page.value);
  }
  return rows;
}

// Other test files add people they create to groups; the seeded members are those with an employeeId.
const seededOnly = (members: Row[]) => members.filter((m) => m.employeeId !== null);

let groups: Row[];
let moderators: Row[];

beforeAll(async () => {
  groups = await allPages('/groups?$top=999');
  moderators = seededOnly(await allPages(`/groups/${moderatorsId}/members?$select=id,employeeId,department`));
});

describe('GET /groups', () => {
  it('lists a Microsoft 365 group per department and the moderators, with the default properties', async () => {
    // People other tests create have no department.
    const departments = new Set(
      (await allPages('/users?$select=department&$top=999')).map((u) => u.department).filter(Boolean),
    );
    expect(groups.map((g) => g.displayName).sort()).toEqual([...departments, MODERATORS_GROUP_NAME].sort());
    for (const group of groups) {
      expect(group).toMatchObject({
        groupTypes: ['Unified'],
        mailEnabled: true,
        securityEnabled: false,
        mail: `${group.mailNickname}@${t.domain}`,
        deletedDateTime: null,
        proxyAddresses: [`SMTP:${group.mail}`],
      });
      expect(Object.keys(group)).toHaveLength(27);
    }
  });

  it('pages with $top through nextLinks, each group once', async () => {
    const paged = await allPages('/groups?$top=5');
    expect(paged.map((g) => g.id)).toEqual(groups.map((g) => g.id));
    const first = await get('/groups');
    expect(first.body['@odata.context']).toBe(`${t.graphBaseUrl}/$metadata#groups`);
    expect(first.body['@odata.nextLink']).toBeUndefined();
  });

  it('filters on displayName and mailNickname, and returns only the selected properties', async () => {
    const byName = await get(
      `/groups?$filter=displayName eq '${MODERATORS_GROUP_NAME}'&$select=id,displayName`,
    );
    expect(byName.body.value).toEqual([{ id: moderatorsId, displayName: MODERATORS_GROUP_NAME }]);
    const byNickname = await get("/groups?$filter=startswith(mailNickname,'SAMEN-')&$select=id");
    expect(byNickname.body.value).toEqual([{ id: moderatorsId }]);
  });

  it('counts with ConsistencyLevel: eventual, in the page and as text', async () => {
    const eventual = { ConsistencyLevel: 'eventual' };
    const page = await get('/groups?$count=true&$top=1', undefined, eventual);
    expect(page.body['@odata.count']).toBe(groups.length);
    const count = await get('/groups/$count', undefined, eventual);
    expect(count.body).toBe(groups.length);
  });

  it.each([
    ['$top=1000', 400, 'Request_BadRequest'],
    ['$top=0', 400, 'Request_BadRequest'],
    ['$select=id,owners', 400, 'Request_BadRequest'],
    ["$filter=theme eq 'x'", 400, 'Request_UnsupportedQuery'],
    ["$filter=endswith(mail,'.com')", 400, 'Request_UnsupportedQuery'],
    ['$count=true', 400, 'Request_BadRequest'],
    ['$search="displayName:samen"', 400, 'Request_UnsupportedQuery'],
  ])('refuses %s with %i %s', async (query, status, code) => {
    const reply = await get(`/groups?${query}`);
    expect(reply.status).toBe(status);
    expect(reply.body.error.code).toBe(code);
  });
});

describe('GET /groups/{id}', () => {
  it('gets a group by id, in any case', async () => {
    const reply = await get(`/groups/${moderatorsId.toUpperCase()}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      '@odata.context': `${t.graphBaseUrl}/$metadata#groups/$entity`,
      id: moderatorsId,
      displayName: MODERATORS_GROUP_NAME,
      visibility: 'Private',
    });
  });

  it('answers 404 Request_ResourceNotFound for an unknown id, 400 for what is no id', async () => {
    const unknown = randomUUID();
    const missing = await get(`/groups/${unknown}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({
      code: 'Request_ResourceNotFound',
      message: `Resource '${unknown}' does not exist or one of its queried reference-property objects are not present.`,
    });
    const malformed = await get('/groups/samen-moderators');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('Request_BadRequest');
  });
});

describe('GET /groups/{id}/members', () => {
  it(`has the ${MODERATOR_COUNT} seeded moderators as users with @odata.type and the default user properties`, async () => {
    expect(moderators).toHaveLength(MODERATOR_COUNT);
    const reply = await get(`/groups/${moderatorsId}/members`);
    expect(reply.body['@odata.context']).toBe(`${t.graphBaseUrl}/$metadata#directoryObjects`);
    for (const member of reply.body.value) {
      expect(member['@odata.type']).toBe('#microsoft.graph.user');
      expect(member).toHaveProperty('userPrincipalName');
      expect(Object.keys(member)).toHaveLength(12);
    }
  });

  it('pages a large department by 100, up to 999 with $top, and holds exactly its people', async () => {
    const largest = groups.find((g) => g.mailNickname === 'customer-service') ?? groups[1]!;
    const path = `/groups/${largest.id}/members?$select=id,department,employeeId`;
    const first = await get(path);
    expect(first.body.value.length).toBeLessThanOrEqual(100);
    const members = seededOnly(await allPages(path));
    const all = seededOnly(await allPages(`${path}&$top=999`));
    expect(all.map((m) => m.id)).toEqual(members.map((m) => m.id));
    for (const member of members) expect(member.department).toBe(largest.displayName);
    const filter = encodeURIComponent(`department eq '${largest.displayName.replace(/'/g, "''")}'`);
    const people = await allPages(`/users?$filter=${filter}&$select=id&$top=999`);
    expect(members.map((m) => m.id).sort()).toEqual(people.map((p) => p.id).sort());
    if (members.length > 100) expect(first.body['@odata.nextLink']).toContain('$skiptoken=');
  });

  it.each([
    ['$top=1000', 400, 'Request_BadRequest'],
    ['$select=displayName,skills', 501, 'NotImplemented'],
    ["$filter=startswith(displayName,'a')", 400, 'Request_UnsupportedQuery'],
  ])('refuses %s with %i %s', async (query, status, code) => {
    const reply = await get(`/groups/${moderatorsId}/members?${query}`);
    expect(reply.status).toBe(status);
    expect(reply.body.error.code).toBe(code);
  });

  it('filters members as an advanced query', async () => {
    const [one] = moderators;
    const reply = await get(
      `/groups/${moderatorsId}/members?$filter=id eq '${one!.id}'&$count=true&$select=id`,
      undefined,
      { ConsistencyLevel: 'eventual' },
    );
    expect(reply.body).toMatchObject({
      '@odata.count': 1,
      value: [{ '@odata.type': '#microsoft.graph.user', id: one!.id }],
    });
  });

  it('answers 404 for an unknown group', async () => {
    expect((await get(`/groups/${randomUUID()}/members`)).status).toBe(404);
  });

  it('meets fault rules like every other route', async () => {
    const route = `^GET /groups/${moderatorsId}/members$`;
    await devControl(t, 'PUT', '/faults', {
      rules: [{ kind: 'throttle', route, count: 1, retryAfterSeconds: 7 }],
    });
    const throttled = await get(`/groups/${moderatorsId}/members`);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
    expect(throttled.body.error.code).toBe('TooManyRequests');
    expect((await get(`/groups/${moderatorsId}/members`)).status).toBe(200);
  });
});

describe('GET /users/{id}/memberOf', () => {
  it("lists a moderator's groups: the moderators and their department", async () => {
    const [one] = moderators;
    const reply = await get(`/users/${one!.id}/memberOf`);
    expect(reply.body['@odata.context']).toBe(`${t.graphBaseUrl}/$metadata#directoryObjects`);
    const names = reply.body.value.map((g: Row) => g.displayName).sort();
    expect(names).toEqual([one!.department, MODERATORS_GROUP_NAME].sort());
    for (const group of reply.body.value) expect(group['@odata.type']).toBe('#microsoft.graph.group');
  });

  it('is /me/memberOf for the signed-in user, with User.Read only', async () => {
    const [one] = moderators;
    const upn = (await get(`/users/${one!.id}?$select=userPrincipalName`)).body.userPrincipalName;
    const me = await get('/me/memberOf?$select=id', await tokenWith(['User.Read'], upn));
    expect(me.status).toBe(200);
    expect(me.body.value.map((g: Row) => g.id)).toContain(moderatorsId);
  });

  it('filters by id in (...) only as an advanced query', async () => {
    const [one] = moderators;
    const path = `/users/${one!.id}/memberOf?$filter=id in ('${moderatorsId}')&$select=id`;
    expect((await get(path)).body.error.code).toBe('Request_UnsupportedQuery');
    const reply = await get(`${path}&$count=true`, undefined, { ConsistencyLevel: 'eventual' });
    expect(reply.body.value).toEqual([{ '@odata.type': '#microsoft.graph.group', id: moderatorsId }]);
  });

  it('answers 404 for an unknown user and 403 without a group permission', async () => {
    expect((await get(`/users/${randomUUID()}/memberOf`)).body.error.code).toBe('Request_ResourceNotFound');
    const denied = await get(`/users/${moderators[0]!.id}/memberOf`, await tokenWith(['User.Read.All']));
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('Authorization_RequestDenied');
  });
});

describe('POST /users/{id}/checkMemberGroups', () => {
  const check = (userId: string, groupIds: unknown, token?: string) =>
    post(`/users/${userId}/checkMemberGroups`, { groupIds }, token);

  it('answers which of the groups the user is in, in the order asked, unknown groups left out', async () => {
    const [one] = moderators;
    const department = groups.find((g) => g.displayName === one!.department)!;
    const other = groups.find((g) => g.id !== moderatorsId && g.id !== department.id)!;
    const reply = await check(
      one!.id,
      [other.id, department.id, randomUUID(), moderatorsId.toUpperCase()],
      await service(),
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      '@odata.context': `${t.graphBaseUrl}/$metadata#Collection(Edm.String)`,
      value: [department.id, moderatorsId],
    });
  });

  it('is /me/checkMemberGroups for a signed-in user, and a bad request app-only', async () => {
    const [one] = moderators;
    const upn = (await get(`/users/${one!.id}?$select=userPrincipalName`)).body.userPrincipalName;
    const mine = await post('/me/checkMemberGroups', { groupIds: [moderatorsId] }, await userToken(t, upn));
    expect(mine.body.value).toEqual([moderatorsId]);
    const appOnly = await post('/me/checkMemberGroups', { groupIds: [moderatorsId] }, await service());
    expect(appOnly.status).toBe(400);
  });

  it.each([
    ['21 ids', () => Array.from({ length: 21 }, () => randomUUID())],
    ['no ids', () => []],
    ['an id that is no GUID', () => [moderatorsId, 'samen-moderators']],
    ['ids that are not strings', () => [42]],
  ])('refuses %s with 400 Request_BadRequest', async (_name, ids) => {
    const reply = await check(moderators[0]!.id, ids());
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('Request_BadRequest');
  });

  it('refuses a body with other properties, or none', async () => {
    const path = `/users/${moderators[0]!.id}/checkMemberGroups`;
    expect((await post(path, { groupIds: [moderatorsId], securityEnabledOnly: true })).status).toBe(400);
    const empty = await rawGraph(t, path, { method: 'POST', token: await admin() });
    expect(empty.status).toBe(400);
  });

  it('answers 404 for an unknown user', async () => {
    const reply = await check(randomUUID(), [moderatorsId]);
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe('Request_ResourceNotFound');
  });

  it.each([
    [['User.Read.All', 'GroupMember.Read.All'], 200],
    [['User.Read.All', 'Group.Read.All'], 200],
    [['Directory.Read.All'], 200],
    [['User.Read.All'], 403],
    [['GroupMember.Read.All'], 403],
  ])('app-only with %j answers %i', async (permissions, status) => {
    const reply = await check(moderators[0]!.id, [moderatorsId], await tokenWith(permissions));
    expect(reply.status).toBe(status);
  });

  it('needs a group permission for someone else with a delegated token', async () => {
    const [one, two] = moderators;
    const upn = (await get(`/users/${one!.id}?$select=userPrincipalName`)).body.userPrincipalName;
    const denied = await check(two!.id, [moderatorsId], await tokenWith(['User.ReadBasic.All'], upn));
    expect(denied.status).toBe(403);
    const allowed = await check(
      two!.id,
      [moderatorsId],
      await tokenWith(['User.ReadBasic.All', 'GroupMember.Read.All'], upn),
    );
    expect(allowed.body.value).toEqual([moderatorsId]);
  });
});

describe('membership changes (members/$ref)', () => {
  const executiveBoard = () => groups.find((g) => g.mailNickname === 'executive-board')!;

  async function newUser(): Promise<string> {
    const nickname = `groups-${randomUUID().slice(0, 8)}`;
    const reply = await post('/users', {
      accountEnabled: true,
      displayName: `Groups ${nickname}`,
      mailNickname: nickname,
      userPrincipalName: `${nickname}@${t.domain}`,
      passwordProfile: { password: `Pw-${randomUUID()}` },
    });
    return reply.body.id as string;
  }
  const ref = (id: string) => ({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${id}` });
  const isMember = async (userId: string, groupId: string) =>
    (await post(`/users/${userId}/checkMemberGroups`, { groupIds: [groupId] })).body.value.length === 1;

  it('adds a member once, removes them once, with Graph answers for the second try', async () => {
    const userId = await newUser();
    const groupId = executiveBoard().id;
    const add = () => post(`/groups/${groupId}/members/$ref`, ref(userId));
    expect((await add()).status).toBe(204);
    expect(await isMember(userId, groupId)).toBe(true);
    const again = await add();
    expect(again.status).toBe(400);
    expect(again.body.error.message).toContain('already exist');
    const remove = async () =>
      rawGraph(t, `/groups/${groupId}/members/${userId}/$ref`, { method: 'DELETE', token: await admin() });
    expect((await remove()).status).toBe(204);
    expect(await isMember(userId, groupId)).toBe(false);
    expect((await remove()).body.error.code).toBe('Request_ResourceNotFound');
  });

  it('drops a deleted user from their groups', async () => {
    const userId = await newUser();
    const groupId = executiveBoard().id;
    await post(`/groups/${groupId}/members/$ref`, ref(userId));
    await rawGraph(t, `/users/${userId}`, { method: 'DELETE', token: await admin() });
    const members = await allPages(`/groups/${groupId}/members?$select=id&$top=999`);
    expect(members.map((m) => m.id)).not.toContain(userId);
  });

  it.each([
    [
      'a reference that names no directory object',
      { '@odata.id': 'https://graph.microsoft.com/v1.0/me' },
      400,
    ],
    ['an unknown user', ref(randomUUID()), 404],
    ['another property', { '@odata.id': ref(randomUUID())['@odata.id'], roles: [] }, 400],
  ])('refuses %s', async (_name, body, status) => {
    expect((await post(`/groups/${executiveBoard().id}/members/$ref`, body)).status).toBe(status);
  });

  it('needs GroupMember.ReadWrite.All: the service may read memberships, not change them', async () => {
    const reply = await post(`/groups/${moderatorsId}/members/$ref`, ref(moderators[0]!.id), await service());
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe('Authorization_RequestDenied');
  });
});

describe('groups in $batch', () => {
  it('routes, authorises and answers each sub-request as if sent alone', async () => {
    const [one] = moderators;
    const reply = await post('/$batch', {
      requests: [
        { id: '1', method: 'GET', url: `/groups/${moderatorsId}?$select=displayName` },
        { id: '2', method: 'GET', url: `/groups/${moderatorsId}/members?$top=2&$select=id` },
        {
          id: '3',
          method: 'POST',
          url: `/users/${one!.id}/checkMemberGroups`,
          headers: { 'Content-Type': 'application/json' },
          body: { groupIds: [moderatorsId] },
        },
        { id: '4', method: 'GET', url: `/groups/${randomUUID()}` },
      ],
    });
    const byId = new Map(reply.body.responses.map((r: Row) => [r.id, r]));
    expect(byId.get('1')).toMatchObject({ status: 200, body: { displayName: MODERATORS_GROUP_NAME } });
    expect((byId.get('2') as Row).body.value).toHaveLength(2);
    expect(byId.get('3')).toMatchObject({ status: 200, body: { value: [moderatorsId] } });
    expect(byId.get('4')).toMatchObject({
      status: 404,
      body: { error: { code: 'Request_ResourceNotFound' } },
    });
  });
});
