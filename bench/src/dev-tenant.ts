import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const REPO_ROOT = resolve(__dirname, '..', '..');
const TENANT_MAIN = resolve(REPO_ROOT, 'dev-tenant', 'dist', 'main.js');
const READY = /^Dev tenant ready: (\S+)/;
const STOP_GRACE_MS = 5_000;

/** The parts of `<dataDir>/tenant.json` that benchmarks use (dev-tenant/README.md documents the file). */
export interface TenantInfo {
  baseUrl: string;
  graphBaseUrl: string;
  tokenEndpoint: string;
  caCertPath: string;
  hubSite: { id: string };
  apps: Array<{ name: string; clientId: string; clientSecret?: string }>;
}

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

export function readTenantInfo(tenantJsonPath: string): TenantInfo {
  const info = JSON.parse(readFileSync(tenantJsonPath, 'utf8')) as Partial<TenantInfo>;
  const missing = (['graphBaseUrl', 'tokenEndpoint', 'caCertPath', 'hubSite', 'apps'] as const).filter(
    (field) => info[field] === undefined,
  );
  if (missing.length > 0) throw new Error(`${tenantJsonPath} lacks ${missing.join(', ')}`);
  return info as TenantInfo;
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

function waitUntilReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolveReady, reject) => {
    if (!child.stdout) throw new Error('the dev tenant was started without a stdout pipe');
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(
      () => finish(new Error(`no '${READY.source}' line within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onExit = (code: number | null, signal: string | null) =>
      finish(
        new Error(`dev tenant stopped before it was ready (${signal ?? `exit code ${code}`}); see above`),
      );
    function finish(error?: Error) {
      clearTimeout(timer);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolveReady();
    }
    // The readline interface stays attached after the ready line so the pipe keeps being drained.
    lines.on('line', (line) => {
      if (READY.test(line)) finish();
    });
    child.once('exit', onExit);
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

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
  const child = spawn(process.execPath, [TENANT_MAIN], {
    cwd: REPO_ROOT,
    env: tenantEnv(dataDir, settings),
    // stderr passes through: a tenant that fails under load says why where the developer is looking.
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= stopChild(child).finally(() => {
      removeHandlers();
      rmSync(dataDir, { recursive: true, force: true });
    });
    return stopped;
  };
  const removeHandlers = stopOnSignals(stop);
  try {
    await waitUntilReady(child, readyTimeoutMs(settings.people));
    const tenantJsonPath = join(dataDir, 'tenant.json');
    return { info: readTenantInfo(tenantJsonPath), tenantJsonPath, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
