// Starts one dev tenant for the whole test run, in a fresh data directory, as its own process (as in
// production the tenant is another system). Tests find it through SAMEN_TENANT_JSON.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
// Built by `tsc -b` before Jest runs (gulp test); devkit/src/launcher.ts.
const { launch } = require('@samen/devkit/launcher');

const ROOT = resolve(__dirname, '..');

/** Starts `dev-tenant/dist/main.js` on a free port and resolves once it printed its ready line. */
function startTenantProcess(env) {
  return launch({
    label: 'dev tenant',
    command: process.execPath,
    args: [join(ROOT, 'dev-tenant/dist/main.js')],
    env: { ...process.env, SAMEN_TENANT_PORT: '0', ...env },
    ready: /Dev tenant ready: (\S+)/,
  });
}

module.exports = async function globalSetup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-test-tenant-'));
  globalThis.__SAMEN_TENANT__ = await startTenantProcess({ SAMEN_DATA_DIR: dataDir });
  process.env.SAMEN_TENANT_JSON = join(dataDir, 'tenant.json');
};

module.exports.startTenantProcess = startTenantProcess;
