import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { tenantOptionsFromEnv } from './config';
import { isoSeconds } from './context';
import { ensureSites, seedOrganisation } from './seeding';
import { openDatabase } from './store/database';
import { DOMAIN, SHAREPOINT_HOST } from './tenant';

/** `npm run seed -- [--seed N] [--people N]`: replaces the organisation in the data dir. */
function main(): void {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, people: { type: 'string' } } });
  const options = tenantOptionsFromEnv({
    ...process.env,
    ...(values.seed ? { SAMEN_SEED: values.seed } : {}),
    ...(values.people ? { SAMEN_PEOPLE: values.people } : {}),
  });
  const db = openDatabase(join(options.dataDir, 'tenant.db'));
  const ctx = {
    db,
    tenantId: '',
    graphBaseUrl: '',
    sharePointHost: SHAREPOINT_HOST,
    domain: DOMAIN,
    now: () => new Date(),
  };
  const started = Date.now();
  const { people, groups, memberships } = seedOrganisation(ctx, options.dataDir, {
    seed: options.seed,
    people: options.people,
  });
  ensureSites(ctx);
  db.close();
  console.log(
    `Seeded ${people} people and ${groups} groups (${memberships} memberships; seed ${options.seed}) into ${options.dataDir} in ${Date.now() - started} ms at ${isoSeconds(new Date())}.`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
