// Starts one dev tenant for the whole test run, in a fresh data directory, as its own process (as in
// production the tenant is another system). Tests find it through SAMEN_TENANT_JSON.
const { spawn } = require('node:child_process');
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');

/** Starts `dev-tenant/dist/main.js` and resolves once it printed its ready line. */
function startTenantProcess(env) {
  const child = spawn(process.execPath, [join(ROOT, 'dev-tenant/dist/main.js')], {
    env: { ...process.env, SAMEN_TENANT_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk.toString();
      const ready = /Dev tenant ready: (\S+)/.exec(output);
      if (ready) resolvePromise({ child, baseUrl: ready[1] });
    });
    child.once('exit', (code) =>
      reject(new Error(`dev tenant exited with ${code} before it was ready:\n${output}`)),
    );
  });
}

module.exports = async function globalSetup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'samen-test-tenant-'));
  const { child } = await startTenantProcess({ SAMEN_DATA_DIR: dataDir });
  globalThis.__SAMEN_TENANT__ = child;
  process.env.SAMEN_TENANT_JSON = join(dataDir, 'tenant.json');
};

module.exports.startTenantProcess = startTenantProcess;
