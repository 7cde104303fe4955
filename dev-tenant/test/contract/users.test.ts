import { randomUUID } from 'node:crypto';
import { ResponseType } from '@microsoft/microsoft-graph-client';
import { requestToken, app as appOf, someUsers, tenant } from '../../../test-support/tenant';
import { removedUser, users } from './fixtures/users';
import { callers, replay, replayContract } from './replay';
import { matchShape } from './shape';

const t = tenant();
const { app, user } = callers(t);

type Person = { id: string; userPrincipalName: string; displayName: string };

describe('users — user-list.md', () => {
  it('Example 1: lists users with the default properties', async () => {
    const reply = await replayContract(app, users.listAll());
    // graph-facts.md: 100 per page by default; the seeded organisation is larger than that.
    expect(reply.body.value).toHaveLength(100);
    expect(reply.body['@odata.nextLink']).toEqual(expect.stringContaining('$skiptoken='));
  });

  it('Example 3: counts users as text/plain', async () => {
    const reply = await replayContract(app, users.countOnly());
    expect(Number(reply.text)).toBeGreaterThan(100);
  });

  it("Example 4: startswith(displayName,'a') ordered, counted, one per page", async () => {
    const reply = await replayContract(app, users.startsWithOrderedCountedTop1());
    const [first] = reply.body.value;
    expect(first.displayName.toLowerCase().startsWith('a')).toBe(true);
    expect(reply.body['@odata.count']).toBeGreaterThanOrEqual(1);
    if (reply.body['@odata.count'] > 1) expect(reply.body['@odata.nextLink']).toBeDefined();
  });

  it('Example 5: endswith(mail, ...) ordered by userPrincipalName, counted', async () => {
    const reply = await replayContract(app, users.endsWithOrderedCounted(t.domain));
    const value: Person[] = reply.body.value;
    expect(value.length).toBeGreaterThan(0);
    for (const person of value)
      expect((person as any).mail.toLowerCase().endsWith(`@${t.domain}`)).toBe(true);
    const upns = value.map((p) => p.userPrincipalName.toLowerCase());
    expect(upns).toEqual([...upns].sort());
  });

  it('Example 6: $search "displayName:wa", ordered and counted', async () => {
    const reply = await replayContract(app, users.searchCounted());
    const value: Person[] = reply.body.value;
    expect(value.length).toBe(Math.min(reply.body['@odata.count'], 100));
    for (const person of value) expect(person.displayName.toLowerCase()).toContain('wa');
    const names = value.map((p) => p.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('Example 7: $search with OR answers the union of both searches', async () => {
    const people = await someUsers(t, 40);
    const prefixes = [...new Set(people.map((p) => p.displayName.slice(0, 2).toLowerCase()))];
    const [first, second] = prefixes as [string, string];
    const either = await replayContract(app, users.searchEitherCounted(first, second));
    const count = async (prefix: string) =>
      (await replay(app, users.searchEitherCounted(prefix, prefix))).body['@odata.count'] as number;
    const [onlyFirst, onlySecond] = [await count(first), await count(second)];
    expect(either.body['@odata.count']).toBeGreaterThanOrEqual(Math.max(onlyFirst, onlySecond));
    expect(either.body['@odata.count']).toBeLessThanOrEqual(onlyFirst + onlySecond);
    for (const person of either.body.value as Person[]) {
      const name = person.displayName.toLowerCase();
      expect(name.includes(first) || name.includes(second)).toBe(true);
    }
  });

  it('Note on profile properties: the collection answers 501 NotImplemented (delta-query-overview.md)', async () => {
    const reply = await replayContract(app, users.profileOnCollection());
    expect(reply.body.error.code).toBe('NotImplemented');
  });
});

describe('users — user-get.md', () => {
  let seeded: Person;
  beforeAll(async () => {
    seeded = (await someUsers(t, 1))[0]!;
  });

  it('Example 1: gets a user by id with the default properties', async () => {
    const reply = await replayContract(app, users.getById(seeded.id));
    expect(reply.body).toMatchObject({ id: seeded.id, userPrincipalName: seeded.userPrincipalName });
  });

  it('Example 2: /me is the signed-in user', async () => {
    const reply = await replayContract(user(seeded.userPrincipalName), users.getMe());
    expect(reply.body.id).toBe(seeded.id);
  });

  it('Example 3: $select returns exactly the selected properties', async () => {
    const reply = await replayContract(app, users.getSelected(seeded.id));
    expect(reply.body.displayName).toBe(seeded.displayName);
  });

  it('profile properties (skills, aboutMe, ...) come back for a single user', async () => {
    const reply = await replayContract(app, users.getProfileOfOne(seeded.id));
    expect(Array.isArray(reply.body.skills)).toBe(true);
  });
});

describe('users — create, update, delete (user-post-users.md, user-update.md, user-delete.md)', () => {
  it('creates a user who signs in, updates them as themself and as the app, resets the password, deletes them', async () => {
    const nickname = `contract-${randomUUID().slice(0, 8)}`;
    const upn = `${nickname}@${t.domain}`;
    const password = `Pw-${randomUUID()}`;
    const created = await replayContract(app, users.create(upn, nickname, password));
    const id: string = created.body.id;
    expect(created.body).toMatchObject({ userPrincipalName: upn, displayName: `Contract ${nickname}` });

    const me = user(upn, password);
    const read = (select: string) => app.api(`/users/${id}`).select(select).get();

    await replayContract(me, users.updateMe());
    expect(await read('businessPhones,officeLocation')).toMatchObject({
      businessPhones: ['+31 20 555 0109'],
      officeLocation: 'Utrecht 4.12',
    });

    await replayContract(me, users.updateMySkills(['Kubernetes', 'Contractonderhandeling']));
    expect((await read('skills')).skills).toEqual(['Kubernetes', 'Contractonderhandeling']);
    // user-update.md: profile properties "cannot be updated using an application-only context".
    const appOnly: Response = await app
      .api(`/users/${id}`)
      .responseType(ResponseType.RAW)
      .patch({ skills: ['x'] });
    expect(appOnly.status).toBe(403);

    await replayContract(app, users.updateOther(id));
    expect(await read('businessPhones,officeLocation')).toMatchObject({
      businessPhones: ['+31 30 555 0110'],
      officeLocation: 'Den Haag 2.07',
    });

    const newPassword = `Pw-${randomUUID()}`;
    await replayContract(app, users.resetPassword(id, newPassword));
    const web = appOf(t, 'samen-web').clientId;
    const signIn = (pw: string) =>
      requestToken(t, {
        grant_type: 'password',
        client_id: web,
        username: upn,
        password: pw,
        scope: 'https://graph.microsoft.com/.default',
      });
    expect((await signIn(newPassword)).status).toBe(200);
    expect((await signIn(password)).status).toBe(400);

    await replayContract(app, users.remove(id));
    expect((await replay(app, users.getById(id))).status).toBe(404);
  });
});

describe('users — delta (user-delta.md, concepts/delta-query-users.md)', () => {
  it('Example 1: the first page has the default properties and a nextLink', async () => {
    await replayContract(app, users.deltaDefault());
  });

  it('Example 2: $select tracks three properties, and id always comes along', async () => {
    const reply = await replayContract(app, users.deltaSelected());
    for (const entry of reply.body.value) expect(typeof entry.id).toBe('string');
  });

  it('a round: nextLinks to a deltaLink, then a new user and a deleted one (@removed)', async () => {
    const first = await replayContract(app, users.deltaRoundStart());
    let link: string | undefined = first.body['@odata.nextLink'];
    let deltaLink: string | undefined;
    while (link) {
      const page = await replayContract(app, users.deltaFollow(link));
      link = page.body['@odata.nextLink'];
      deltaLink = page.body['@odata.deltaLink'];
    }
    expect(deltaLink).toEqual(expect.stringContaining('$deltatoken='));

    const make = async () => {
      const nickname = `contract-delta-${randomUUID().slice(0, 8)}`;
      const reply = await replay(
        app,
        users.create(`${nickname}@${t.domain}`, nickname, `Pw-${randomUUID()}`),
      );
      return reply.body as Person;
    };
    const [added, gone] = [await make(), await make()];
    await replayContract(app, users.remove(gone.id));

    const changes: any[] = [];
    link = deltaLink;
    while (link) {
      const page = await replayContract(app, users.deltaFollow(link));
      changes.push(...page.body.value);
      link = page.body['@odata.nextLink'];
    }
    const addedEntry = changes.find((c) => c.id === added.id);
    expect(addedEntry).toMatchObject({ displayName: added.displayName });
    const removed = changes.filter((c) => c.id === gone.id).pop();
    expect(matchShape(removed, removedUser)).toMatchObject({ missing: [], wrongType: [] });
    expect(removed['@removed'].reason).toBe('changed');
    await replay(app, users.remove(added.id));
  });
});

describe('users — paging (concepts/paging.md)', () => {
  it('$top=5 pages through nextLinks carrying $skiptoken, with no user twice', async () => {
    const first = await replayContract(app, users.firstPage(5));
    expect(first.body.value).toHaveLength(5);
    const second = await replayContract(app, users.followNextLink(first.body['@odata.nextLink']));
    expect(second.body.value).toHaveLength(5);
    const ids = [...first.body.value, ...second.body.value].map((u: Person) => u.id);
    expect(new Set(ids).size).toBe(10);
  });

  it('@odata.count is on the first page only; ConsistencyLevel is sent again with the nextLink', async () => {
    const eventual = { ConsistencyLevel: 'eventual' };
    const first = await replay(app, {
      ...users.firstPage(5),
      request: { method: 'GET', path: '/users?$top=5&$count=true', headers: eventual },
    });
    expect(first.body['@odata.count']).toBeGreaterThan(5);
    const second = await replayContract(app, users.followNextLink(first.body['@odata.nextLink'], eventual));
    expect(second.body['@odata.count']).toBeUndefined();
  });
});
