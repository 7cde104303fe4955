import { resolve } from 'node:path';
import { loadDevTenant, PortalConfigError } from './dev-tenant';
import { DevDirectory } from './directory';
import { startPortal } from './server';

/**
 * `node portal/dist/server/main.js`: the local portal. Settings: SAMEN_PORTAL_PORT (default 4300, 0 picks one),
 * SAMEN_SERVICE_URL (default http://127.0.0.1:3978), SAMEN_TENANT_JSON or SAMEN_DATA_DIR (the dev tenant).
 */
async function main(): Promise<void> {
  const repoRoot = resolve(__dirname, '..', '..', '..');
  const port = Number(process.env.SAMEN_PORTAL_PORT ?? 4300);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new PortalConfigError(
      `SAMEN_PORTAL_PORT must be a port number, not '${process.env.SAMEN_PORTAL_PORT}'.`,
    );
  const tenant = loadDevTenant(process.env, repoRoot);
  const portal = await startPortal({
    pageDir: resolve(__dirname, '..', 'page'),
    // The Teams tab as `gulp build` bundled it (teams-app/), so it can be opened at /teams/talentfinder/?auth=dev.
    teamsTabDir: resolve(repoRoot, 'teams-app', 'dist', 'talentfinder'),
    serviceUrl: process.env.SAMEN_SERVICE_URL ?? 'http://127.0.0.1:3978',
    directory: new DevDirectory(tenant),
    port,
  });
  console.log(`Samen portal ready: ${portal.url}`);
  const stop = () => void portal.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof PortalConfigError ? error.message : error);
  process.exit(1);
});
