#!/usr/bin/env node
// Entry point of `npm run provision -- [--site <url>]` (graph/dist/cli/provision.js). All decisions are in
// run.ts, which tests drive without a process; this file only binds it to the real process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runProvisionCli } from './run';

const RERUN_MARK = 'SAMEN_PROVISION_RERUN';

/**
 * Node reads NODE_EXTRA_CA_CERTS only when a process starts, and the dev tenant makes its CA on its first
 * start, so no script can set it up front. Locally, then, this command runs itself once more with the
 * variable pointing at tenant.json's caCertPath, and passes that run's exit code on. Nothing else is changed:
 * certificate checks stay on, and only this one CA is added.
 */
function trustDevTenantCa(caCertPath: string): number | undefined {
  const trusted = process.env.NODE_EXTRA_CA_CERTS;
  if ((trusted && resolve(trusted) === resolve(caCertPath)) || process.env[RERUN_MARK]) return undefined;
  const rerun = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: caCertPath, [RERUN_MARK]: '1' },
  });
  if (rerun.error) throw rerun.error;
  return rerun.status ?? 1;
}

runProvisionCli(process.argv.slice(2), {
  env: process.env,
  repoRoot: resolve(__dirname, '../../..'),
  exists: existsSync,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  trustDevTenantCa,
}).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error('Provisioning failed unexpectedly:', error);
    process.exitCode = 1;
  },
);
