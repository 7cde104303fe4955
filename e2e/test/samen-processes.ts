// The Samen side of the bot's end-to-end test, each part its own process as `npm start` runs them: a dev tenant
// of the test's own, Samen's lists provisioned on it, and the Samen service (its /api/messages is the bot).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, runToEnd, type RunningProcess } from '@samen/devkit/launcher';
import { readTenantCoordinates, type TenantCoordinates } from '@samen/devkit/tenant-coordinates';

const ROOT = resolve(__dirname, '..', '..');

export interface SamenProcesses {
  tenant: TenantCoordinates;
  /** The Samen service's base URL; the bot is at `${serviceUrl}/api/messages`. */
  serviceUrl: string;
  stop(): Promise<void>;
}

function node(label: string, script: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<RunningProcess> {
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

/**
 * A dev tenant of its own (port 0: the tenant picks a free one and names it in its ready line), not the run's
 * shared one: this test changes presence, and provisioning the shared tenant would race the service tests.
 */
export async function startSamen(): Promise<SamenProcesses> {
  const processes: RunningProcess[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-playground-'));
  const stop = async () => {
    await Promise.all(processes.reverse().map((running) => running.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    processes.push(
      await node(
        'dev tenant',
        'dev-tenant/dist/main.js',
        { SAMEN_DATA_DIR: dataDir, SAMEN_TENANT_PORT: '0' },
        /Dev tenant ready: (\S+)/,
      ),
    );
    const tenantJson = join(dataDir, 'tenant.json');
    const tenant = readTenantCoordinates(tenantJson);
    const env = {
      SAMEN_DATA_DIR: dataDir,
      SAMEN_TENANT_JSON: tenantJson,
      NODE_EXTRA_CA_CERTS: tenant.caCertPath,
    };
    await runToEnd({
      label: 'provisioning',
      command: process.execPath,
      args: [join(ROOT, 'graph/dist/cli/provision.js')],
      env: { ...process.env, ...env },
      show: 'none',
    });
    const service = await node(
      'Samen service',
      'bot/dist/main.js',
      { ...env, SAMEN_SERVICE_PORT: '0' },
      /Samen service ready: (\S+)/,
    );
    processes.push(service);
    return { tenant, serviceUrl: service.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
