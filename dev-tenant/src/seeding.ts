import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOrganisation, type SeedGroup, type SeedGroups, type SeedPerson } from './seed';
import type { TenantContext } from './context';
import { isoSeconds } from './context';
import { writePresenceRecord } from './graph/presence/presence-routes';
import { createSite, findSiteByPath, type SiteDoc } from './graph/sites/sites-store';
import { countGroups, deleteAllGroups, insertGroup } from './graph/groups/groups-store';
import type { GroupDoc } from './graph/groups/group-properties';
import { existingUserIds, insertUser } from './graph/users/users-store';
import type { UserDoc } from './graph/users/user-properties';
import { getMeta, setMeta, type Db } from './store/database';

export const HUB_SITE_PATH = '/sites/samen';

export interface SeedSettings {
  seed: number;
  people: number;
}

function userDoc(person: SeedPerson, created: string): UserDoc {
  const { workPattern: _presenceOnly, hireDate, ...directory } = person;
  // hireDate is a profile property; employeeHireDate is its directory twin (both exist in Graph).
  return {
    ...directory,
    hireDate,
    employeeHireDate: hireDate,
    accountEnabled: true,
    userType: 'Member',
    createdDateTime: created,
  };
}

/** A Microsoft 365 group as Graph shows one made in the admin centre (group-list.md's first example). */
function groupDoc(group: SeedGroup, created: string): GroupDoc {
  const { memberIds: _members, ...properties } = group;
  return {
    ...properties,
    createdDateTime: created,
    renewedDateTime: created,
    groupTypes: ['Unified'],
    mailEnabled: true,
    securityEnabled: false,
    proxyAddresses: [`SMTP:${group.mail}`],
    preferredDataLocation: null,
  };
}

const MODERATORS_KEY = 'moderatorsGroupId';

/** Inserts the seeded groups with those of their members who exist, and remembers the moderators' group. */
function insertGroups(db: Db, groups: SeedGroups, created: string): void {
  const all = [groups.moderators, ...groups.departments];
  const present = existingUserIds(
    db,
    all.flatMap((group) => group.memberIds),
  );
  for (const group of all) {
    insertGroup(
      db,
      groupDoc(group, created),
      group.memberIds.filter((id) => present.has(id)),
    );
  }
  setMeta(db, MODERATORS_KEY, groups.moderators.id);
}

/** The id of the seeded "Samen moderators" group, published in tenant.json. */
export function moderatorsGroupId(db: Db): string {
  const id = getMeta(db, MODERATORS_KEY);
  if (!id) throw new Error('the dev tenant has no seeded moderators group');
  return id;
}

/**
 * A data directory seeded before the tenant had groups gets the seed's groups once, from the same settings;
 * people deleted since then are left out.
 */
export function ensureGroups(ctx: TenantContext): void {
  const stored = getMeta(ctx.db, 'seed');
  if (!stored || countGroups(ctx.db) > 0) return;
  const settings = JSON.parse(stored) as SeedSettings;
  const org = generateOrganisation({ seed: settings.seed, people: settings.people, domain: ctx.domain });
  ctx.db.transaction(() => insertGroups(ctx.db, org.groups, isoSeconds(ctx.now())))();
}

/** Replaces the organisation (users, presence, groups, their change log) with a freshly generated one. */
export function seedOrganisation(
  ctx: TenantContext,
  dataDir: string,
  settings: SeedSettings,
): { people: number; groups: number; memberships: number } {
  const org = generateOrganisation({ seed: settings.seed, people: settings.people, domain: ctx.domain });
  const created = isoSeconds(ctx.now());
  ctx.db.transaction(() => {
    for (const table of ['users', 'credentials', 'presence']) ctx.db.prepare(`DELETE FROM ${table}`).run();
    ctx.db.prepare("DELETE FROM changes WHERE scope = 'users'").run();
    deleteAllGroups(ctx.db);
    for (const person of org.people) {
      insertUser(ctx.db, userDoc(person, created), undefined);
      writePresenceRecord(ctx.db, person.id, { workPattern: person.workPattern, sessions: [], sequence: 0 });
    }
    insertGroups(ctx.db, org.groups, created);
    setMeta(ctx.db, 'seed', JSON.stringify(settings));
  })();
  writeFileSync(
    join(dataDir, 'ground-truth.json'),
    JSON.stringify({ ...org.groundTruth, skills: org.skills }),
  );
  const groups = [org.groups.moderators, ...org.groups.departments];
  return {
    people: org.people.length,
    groups: groups.length,
    memberships: groups.reduce((sum, group) => sum + group.memberIds.length, 0),
  };
}

/** The root site and Samen's hub site, where provisioning puts Samen's lists. */
export function ensureSites(ctx: TenantContext): SiteDoc {
  if (!findSiteByPath(ctx, ctx.sharePointHost, '/'))
    createSite(ctx, '/', 'Communication site', 'The tenant root site');
  return (
    findSiteByPath(ctx, ctx.sharePointHost, HUB_SITE_PATH) ??
    createSite(ctx, HUB_SITE_PATH, 'Samen', 'Samen hub site')
  );
}
