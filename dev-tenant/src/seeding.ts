import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOrganisation, type SeedPerson } from './seed';
import type { TenantContext } from './context';
import { isoSeconds } from './context';
import { writePresenceRecord } from './graph/presence/presence-routes';
import { createSite, findSiteByPath, type SiteDoc } from './graph/sites/sites-store';
import { insertUser } from './graph/users/users-store';
import type { UserDoc } from './graph/users/user-properties';
import { setMeta } from './store/database';

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

/** Replaces the organisation (users, presence, their change log) with a freshly generated one. */
export function seedOrganisation(
  ctx: TenantContext,
  dataDir: string,
  settings: SeedSettings,
): { people: number } {
  const org = generateOrganisation({ seed: settings.seed, people: settings.people, domain: ctx.domain });
  const created = isoSeconds(ctx.now());
  ctx.db.transaction(() => {
    for (const table of ['users', 'credentials', 'presence']) ctx.db.prepare(`DELETE FROM ${table}`).run();
    ctx.db.prepare("DELETE FROM changes WHERE scope = 'users'").run();
    for (const person of org.people) {
      insertUser(ctx.db, userDoc(person, created), undefined);
      writePresenceRecord(ctx.db, person.id, { workPattern: person.workPattern, sessions: [], sequence: 0 });
    }
    setMeta(ctx.db, 'seed', JSON.stringify(settings));
  })();
  writeFileSync(
    join(dataDir, 'ground-truth.json'),
    JSON.stringify({ ...org.groundTruth, skills: org.skills }),
  );
  return { people: org.people.length };
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
