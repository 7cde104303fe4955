import { randomUUID } from 'node:crypto';
import { tenant } from '../../../test-support/tenant';
import { groups } from './fixtures/groups';
import { users } from './fixtures/users';
import { callers, replay, replayContract } from './replay';

const t = tenant();
const { app, user } = callers(t);
const moderatorsId = t.moderatorsGroupId;

type Row = Record<string, any>;

/** A seeded moderator (their department is a group too), read through Graph. */
async function aModerator(): Promise<Row> {
  const members = await app
    .api(`/groups/${moderatorsId}/members`)
    .select('id,userPrincipalName,department,employeeId')
    .get();
  return members.value.find((m: Row) => m.employeeId !== null);
}

describe('groups — group-list.md', () => {
  it('Example 1: lists groups with the default properties, Microsoft 365 groups among them', async () => {
    const reply = await replayContract(app, groups.listAll());
    const moderators = reply.body.value.find((g: Row) => g.id === moderatorsId);
    expect(moderators).toMatchObject({ groupTypes: ['Unified'], mailEnabled: true, securityEnabled: false });
  });

  it('Example 3: counts groups as text/plain', async () => {
    const reply = await replayContract(app, groups.countOnly());
    expect(Number(reply.text)).toBeGreaterThan(1);
  });

  it('Example 4: startswith(displayName, ...) ordered, counted, one per page', async () => {
    const reply = await replayContract(app, groups.startsWithCountedTop1('s'));
    expect(reply.body.value[0].displayName.toLowerCase().startsWith('s')).toBe(true);
    if (reply.body['@odata.count'] > 1) expect(reply.body['@odata.nextLink']).toContain('$skiptoken=');
  });

  it('Example 5: $search on displayName OR description', async () => {
    const reply = await replayContract(app, groups.searchCounted('sales', 'moderate'));
    const names: string[] = reply.body.value.map((g: Row) => g.displayName);
    expect(names).toContain('Samen moderators');
    for (const name of names) expect(/sales|samen moderators/i.test(name)).toBe(true);
    expect(reply.body['@odata.count']).toBe(names.length);
  });
});

describe('groups — group-get.md', () => {
  it('Example 1: gets a group by id', async () => {
    const reply = await replayContract(app, groups.getById(moderatorsId));
    expect(reply.body).toMatchObject({ id: moderatorsId, displayName: 'Samen moderators' });
  });

  it('an unknown id answers 404 Request_ResourceNotFound', async () => {
    await replayContract(app, groups.getUnknown(randomUUID()));
  });
});

describe('groups — members and memberOf (group-list-members.md, user-list-memberof.md)', () => {
  it("lists a group's members as users", async () => {
    const reply = await replayContract(app, groups.listMembers(moderatorsId));
    expect(reply.body.value.length).toBeGreaterThan(0);
  });

  it("lists a user's groups", async () => {
    const moderator = await aModerator();
    const reply = await replayContract(app, groups.listMemberOf(moderator.id));
    const names = reply.body.value.map((g: Row) => g.displayName);
    expect(names).toEqual(expect.arrayContaining(['Samen moderators', moderator.department]));
  });
});

describe('groups — checkMemberGroups (directoryobject-checkmembergroups.md)', () => {
  it('Example 1: answers the ids of the groups the user is in, from those asked', async () => {
    const moderator = await aModerator();
    const others = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const reply = await replayContract(
      app,
      groups.checkMemberGroups(moderator.id, [...others, moderatorsId]),
    );
    expect(reply.body.value).toEqual([moderatorsId]);
  });

  it('Example 2: for the signed-in user', async () => {
    const moderator = await aModerator();
    const reply = await replayContract(
      user(moderator.userPrincipalName),
      groups.checkMyMemberGroups([moderatorsId, randomUUID()]),
    );
    expect(reply.body.value).toEqual([moderatorsId]);
  });
});

describe('groups — add and remove a member (group-post-members.md, group-delete-members.md)', () => {
  it('adds a new user to the moderators and removes them again', async () => {
    const nickname = `contract-groups-${randomUUID().slice(0, 8)}`;
    const created = await replay(
      app,
      users.create(`${nickname}@${t.domain}`, nickname, `Pw-${randomUUID()}`),
    );
    const id: string = created.body.id;
    const isModerator = async () =>
      (await replay(app, groups.checkMemberGroups(id, [moderatorsId]))).body.value.length === 1;

    await replayContract(app, groups.addMember(moderatorsId, id));
    expect(await isModerator()).toBe(true);
    await replayContract(app, groups.removeMember(moderatorsId, id));
    expect(await isModerator()).toBe(false);
    await replay(app, users.remove(id));
  });
});
