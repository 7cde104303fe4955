// Starts what the browser tests need, each as its own process as `npm start` does: a dev tenant of their own,
// Samen's lists on it, the Samen service and the portal. Then Debian's Chromium through playwright-core.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { launch, runToEnd, type RunningProcess } from '@samen/devkit/launcher';
import { readTenantCoordinates, type TenantCoordinates } from '@samen/devkit/tenant-coordinates';
import { chromium, type Browser } from 'playwright-core';

const ROOT = resolve(__dirname, '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
// toolchain.md "Browser tests": without the background-networking flags Chromium keeps dialling Google.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type TenantJson = TenantCoordinates;

/** A built Node script of ours, as its own process (group); resolves once it printed its ready line. */
function startProcess(
  label: string,
  script: string,
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<RunningProcess> {
  // Output is kept, not shown: a failure quotes the process's last lines.
  return launch({
    label,
    command: process.execPath,
    args: [join(ROOT, script)],
    env: { ...process.env, ...env },
    ready,
    show: 'none',
  });
}

function runScript(label: string, script: string, env: NodeJS.ProcessEnv): Promise<void> {
  return runToEnd({
    label,
    command: process.execPath,
    args: [join(ROOT, script)],
    env: { ...process.env, ...env },
    show: 'none',
  });
}

export interface Suite {
  tenant: TenantJson;
  portalUrl: string;
  browser: Browser;
  stop(): Promise<void>;
}

/**
 * Its own dev tenant, not the one every test shares: this suite changes presence, and provisioning the shared
 * tenant here would race the service tests that provision it too. Same TLS directory, so the same CA is trusted.
 */
export async function startSuite(options: { serviceEnv?: NodeJS.ProcessEnv } = {}): Promise<Suite> {
  for (const [what, file] of [
    ['Chromium', CHROMIUM],
    ['the built portal page (npm run build)', join(ROOT, 'portal/dist/page/index.html')],
    ['the built service (npm run build)', join(ROOT, 'bot/dist/main.js')],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${what} is missing: ${file}`);
  }
  const processes: RunningProcess[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-e2e-'));
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    await Promise.all(processes.reverse().map((running) => running.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const tenantProcess = await startProcess(
      'dev tenant',
      'dev-tenant/dist/main.js',
      { SAMEN_DATA_DIR: dataDir, SAMEN_TENANT_PORT: '0' },
      /Dev tenant ready: (\S+)/,
    );
    processes.push(tenantProcess);
    const tenantJson = join(dataDir, 'tenant.json');
    const tenant = readTenantCoordinates(tenantJson);
    const env = {
      SAMEN_DATA_DIR: dataDir,
      SAMEN_TENANT_JSON: tenantJson,
      NODE_EXTRA_CA_CERTS: tenant.caCertPath,
    };
    await runScript('provisioning', 'graph/dist/cli/provision.js', env);
    const service = await startProcess(
      'Samen service',
      'bot/dist/main.js',
      { ...env, SAMEN_SERVICE_PORT: '0', ...options.serviceEnv },
      /Samen service ready: (\S+)/,
    );
    processes.push(service);
    const portal = await startProcess(
      'portal',
      'portal/dist/server/main.js',
      { ...env, SAMEN_SERVICE_URL: service.url, SAMEN_PORTAL_PORT: '0' },
      /Samen portal ready: (\S+)/,
    );
    processes.push(portal);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    return { tenant, portalUrl: portal.url, browser, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** axe-core's browser build, injected into the page as a script. */
export function axeSource(): string {
  return readFileSync(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
}

/** Polls until `check` returns a value (not undefined), or fails with the last reason after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
