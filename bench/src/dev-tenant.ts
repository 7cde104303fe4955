import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from '@samen/devkit/launcher';
import { readTenantCoordinates, type TenantCoordinates } from '@samen/devkit/tenant-coordinates';

const REPO_ROOT = resolve(__dirname, '..', '..');
const TENANT_MAIN = resolve(REPO_ROOT, 'dev-tenant', 'dist', 'main.js');
const READY = /^Dev tenant ready: (\S+)/;

/** `<dataDir>/tenant.json`, read and checked by devkit (the one reader of that file). */
export type TenantInfo = TenantCoordinates;
export const readTenantInfo = readTenantCoordinates;

export interface TenantSettings {
  people: number;
  presenceCallsPer30s: number;
}

export interface RunningTenant {
  info: TenantInfo;
  tenantJsonPath: string;
  /** Stops the tenant and deletes its data directory; safe to call more than once. */
  stop: () => Promise<void>;
}

/**
 * The tenant's environment. Every SAMEN_ variable of the caller's shell is dropped first: a fault rule, a
 * shared TLS directory or another seed left there would silently change the figures.
 */
function tenantEnv(dataDir: string, settings: TenantSettings): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith('SAMEN_'));
  return {
    ...Object.fromEntries(inherited),
    SAMEN_DATA_DIR: dataDir,
    SAMEN_TENANT_PORT: '0',
    SAMEN_PEOPLE: String(settings.people),
    SAMEN_PRESENCE_CALLS_PER_30S: String(settings.presenceCallsPer30s),
  };
}

/** Seeding grows with the organisation: 1,500 people take about two seconds, 200,000 minutes. */
const readyTimeoutMs = (people: number) => 30_000 + people * 2;

/**
 * Ctrl-C or a CI timeout must not leave a tenant running (nor its data behind): on SIGINT/SIGTERM the tenant
 * is stopped before this process exits. Returns a function that removes the handlers.
 */
function stopOnSignals(stop: () => Promise<void>): () => void {
  const handler = (signal: NodeJS.Signals) => {
    const code = signal === 'SIGINT' ? 130 : 143;
    const exit = () => process.exit(code);
    stop().then(exit, exit);
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

/** Starts `dev-tenant/dist/main.js` on a free port with a fresh data directory and waits until it is ready. */
export async function startDevTenant(settings: TenantSettings): Promise<RunningTenant> {
  if (!existsSync(TENANT_MAIN)) {
    throw new Error(`${TENANT_MAIN} is missing: build first (npx tsc -b dev-tenant, or npm run bench)`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-bench-'));
  let stopped: Promise<void> | undefined;
  let stopProcess: () => Promise<unknown> = () => Promise.resolve();
  const stop = () => {
    stopped ??= stopProcess()
      .then(() => undefined)
      .finally(() => {
        removeHandlers();
        rmSync(dataDir, { recursive: true, force: true });
      });
    return stopped;
  };
  const removeHandlers = stopOnSignals(stop);
  try {
    const tenant = await launch({
      label: 'dev tenant',
      command: process.execPath,
      args: [TENANT_MAIN],
      cwd: REPO_ROOT,
      env: tenantEnv(dataDir, settings),
      ready: READY,
      timeoutMs: readyTimeoutMs(settings.people),
      // stderr passes through: a tenant that fails under load says why where the developer is looking.
      show: 'stderr',
    });
    stopProcess = () => tenant.stop();
    const tenantJsonPath = join(dataDir, 'tenant.json');
    return { info: readTenantInfo(tenantJsonPath), tenantJsonPath, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
