import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TenantContext } from '../../src/context';
import { countGroups, deleteAllGroups } from '../../src/graph/groups/groups-store';
import { MODERATOR_COUNT, MODERATORS_GROUP_NAME } from '../../src/seed';
import { ensureGroups, moderatorsGroupId, seedOrganisation } from '../../src/seeding';
import { openDatabase } from '../../src/store/database';
import { DOMAIN, organisation } from './helpers';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the seeded groups', () => {
  const org = organisation();
  const all = [org.groups.moderators, ...org.groups.departments];

  it('has one group per department, holding exactly the people of that department', () => {
    const departments = new Set(org.people.map((p) => p.department));
    expect(org.groups.departments.map((g) => g.displayName).sort()).toEqual([...departments].sort());
    for (const group of org.groups.departments) {
      const people = org.people.filter((p) => p.department === group.displayName).map((p) => p.id);
      expect(group.memberIds).toEqual(people);
    }
  });

  it(`has "${MODERATORS_GROUP_NAME}" with ${MODERATOR_COUNT} different people of the organisation`, () => {
    const { moderators } = org.groups;
    expect(moderators.displayName).toBe(MODERATORS_GROUP_NAME);
    expect(new Set(moderators.memberIds).size).toBe(MODERATOR_COUNT);
    const ids = new Set(org.people.map((p) => p.id));
    for (const id of moderators.memberIds) expect(ids.has(id)).toBe(true);
  });

  it('gives groups GUIDs of their own, and mail nicknames Exchange accepts, once each', () => {
    const people = new Set(org.people.map((p) => p.id));
    const ids = all.map((g) => g.id);
    for (const id of ids) expect(id).toMatch(GUID);
    expect(ids.filter((id) => people.has(id))).toEqual([]);
    expect(new Set(ids).size).toBe(all.length);
    const nicknames = all.map((g) => g.mailNickname);
    for (const nickname of nicknames) expect(nickname).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(nicknames).size).toBe(all.length);
    for (const group of all) expect(group.mail).toBe(`${group.mailNickname}@${DOMAIN}`);
  });

  it('draws other moderators, with other ids, for another seed', () => {
    const other = organisation(43);
    expect(other.groups.moderators.id).not.toBe(org.groups.moderators.id);
    expect(other.groups.moderators.memberIds).not.toEqual(org.groups.moderators.memberIds);
  });

  it('has as many moderators as there are people in a tiny organisation', () => {
    expect(organisation(1, 3).groups.moderators.memberIds).toHaveLength(3);
  });
});

describe('seeding groups into a data directory', () => {
  function context(): TenantContext {
    return {
      db: openDatabase(':memory:'),
      tenantId: 't',
      graphBaseUrl: 'https://127.0.0.1/v1.0',
      sharePointHost: 'samendev.sharepoint.com',
      domain: DOMAIN,
      now: () => new Date('2026-12-01T09:00:00Z'),
    };
  }
  const dataDir = () => mkdtempSync(join(tmpdir(), 'samen-groups-seed-'));

  it('stores the groups and their memberships, and remembers the moderators group', () => {
    const ctx = context();
    const seeded = seedOrganisation(ctx, dataDir(), { seed: 42, people: 200 });
    const org = organisation(42, 200);
    expect(seeded.groups).toBe(org.groups.departments.length + 1);
    expect(seeded.memberships).toBe(200 + MODERATOR_COUNT);
    expect(countGroups(ctx.db)).toBe(seeded.groups);
    expect(moderatorsGroupId(ctx.db)).toBe(org.groups.moderators.id);
  });

  it('gives a directory seeded before groups existed the same groups once, at start', () => {
    const ctx = context();
    seedOrganisation(ctx, dataDir(), { seed: 42, people: 200 });
    const before = ctx.db.prepare('SELECT id FROM groups ORDER BY id').all();
    deleteAllGroups(ctx.db);
    ensureGroups(ctx);
    expect(ctx.db.prepare('SELECT id FROM groups ORDER BY id').all()).toEqual(before);
    ensureGroups(ctx);
    expect(countGroups(ctx.db)).toBe(before.length);
  });
});
