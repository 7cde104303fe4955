// Root task runner. Every task runs the real tool (tsc, eslint, prettier, jest, node) so that what a developer
// runs by hand and what CI runs are the same commands; gulp only orders them and reports failures. Processes are
// started through devkit's launcher (devkit/src/launcher.ts), the one place that knows how.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { series } = require('gulp');

const ROOT = __dirname;
const BIN = path.join(ROOT, 'node_modules', '.bin');
const JEST_RESULTS = '.samen/jest-results.json'; // relative to ROOT, where every command runs

/** A locally installed tool: the lock file pins it, whatever happens to be on PATH. */
function bin(name) {
  return path.join(BIN, process.platform === 'win32' ? `${name}.cmd` : name);
}

/** Runs a node script with the same Node that runs gulp. */
function nodeScript(script, args = []) {
  return { command: process.execPath, args: [path.join(ROOT, script), ...args] };
}

/**
 * Arguments after this task's name: `npm run tenant -- --port 4000` runs `gulp tenant --port 4000`.
 * gulp-cli ignores flags it does not know but takes other words (and `--`) as task names: only flags pass.
 */
function argsAfterTask(taskName) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf(taskName);
  return at >= 0 ? argv.slice(at + 1) : [];
}

/** An error gulp prints as one line: the tool has already printed the details, a stack trace adds nothing. */
function failure(message) {
  return Object.assign(new Error(message), { showStack: false });
}

/**
 * devkit (TypeScript, built by `tsc -b` like every package) holds the process launcher and the dev tenant's
 * coordinates. Every task that needs them runs `build` first, so they are required then, not when gulp loads
 * this file: on a fresh clone devkit/dist does not exist yet.
 */
function devkit() {
  return require('./devkit/dist/index.js');
}

/** Runs a tool to completion on this terminal; rejects (so gulp exits non-zero) if it fails. */
async function run({ command, args, cwd = ROOT, env = process.env }) {
  const shown = args.map((arg) => (path.isAbsolute(arg) ? path.relative(ROOT, arg) : arg));
  const label = `${path.basename(command)} ${shown.join(' ')}`;
  await devkit()
    .runToEnd({ label, command, args, cwd, env, show: 'inherit' })
    .catch((error) => {
      throw Object.assign(failure(error.message), { exitCode: error.exitCode });
    });
}

// ---------------------------------------------------------------------------------------------------------
// build, lint, test

/**
 * `tsc -b tsconfig.json`, in this process through TypeScript's own API: it builds devkit, whose launcher every
 * other task uses to start processes, so it cannot be started by that launcher.
 */
function typescript() {
  const ts = require('typescript');
  const host = ts.createSolutionBuilderHost(ts.sys, undefined, ts.createDiagnosticReporter(ts.sys, true));
  const status = ts.createSolutionBuilder(host, [path.join(ROOT, 'tsconfig.json')], {}).build();
  if (status !== ts.ExitStatus.Success)
    return Promise.reject(failure(`tsc -b failed (${ts.ExitStatus[status]}): the errors are above`));
  return Promise.resolve();
}

/** The portal's page, bundled by Vite into portal/dist/page (tsc has type-checked it; Vite only transforms). */
function portalPage() {
  return run({
    command: bin('vite'),
    args: ['build', '--config', path.join(ROOT, 'portal', 'vite.config.mjs')],
  });
}

/** The Teams tab (teams-app/src), bundled by Vite into teams-app/dist/talentfinder; the portal serves it. */
function teamsTab() {
  return run({
    command: bin('vite'),
    args: ['build', '--config', path.join(ROOT, 'teams-app', 'vite.config.mjs')],
  });
}

const build = series(typescript, portalPage, teamsTab);

/** Runs ESLint, then Prettier even if ESLint failed (one run shows every problem); fails if either did. */
async function lint() {
  const failed = [];
  for (const tool of [
    { command: bin('eslint'), args: ['.'] },
    { command: bin('prettier'), args: ['--check', '.'] },
  ]) {
    await run(tool).catch((error) => failed.push(error.message));
  }
  if (failed.length > 0) throw failure(failed.join('; '));
}

/** CI reads a plain 'N passed, N failed' line; Jest's ('Tests: 1 failed, 5 passed, 6 total') is not one. */
function printTestSummary() {
  const file = path.join(ROOT, JEST_RESULTS);
  if (!fs.existsSync(file)) return;
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
}

/**
 * The dev tenants that tests start all use one CA, made before Jest starts, so that Node in every test process
 * trusts them through NODE_EXTRA_CA_CERTS (read only at process start) — as a developer's machine would.
 */
async function trustTestTenantCa() {
  const tlsDir = path.join(ROOT, '.samen', 'test-tls');
  await run(nodeScript('dev-tenant/dist/tls-cli.js', [tlsDir]));
  process.env.SAMEN_TLS_DIR = tlsDir;
  process.env.NODE_EXTRA_CA_CERTS = path.join(tlsDir, 'ca.crt');
}

async function jest() {
  await trustTestTenantCa();
  const ci = process.env.CI && process.env.CI !== 'false' ? ['--ci'] : [];
  fs.rmSync(path.join(ROOT, JEST_RESULTS), { force: true });
  fs.mkdirSync(path.join(ROOT, path.dirname(JEST_RESULTS)), { recursive: true });
  const args = [...ci, '--json', `--outputFile=${JEST_RESULTS}`, ...argsAfterTask('test')];
  try {
    await run({ command: bin('jest'), args });
  } finally {
    printTestSummary();
  }
}

// ---------------------------------------------------------------------------------------------------------
// the local suite

/**
 * The dev tenant's coordinates (devkit/src/tenant-coordinates.ts reads and checks them), written when it is
 * ready; services trust its CA through NODE_EXTRA_CA_CERTS. Empty when no dev tenant has run here yet.
 */
function devTenantEnv() {
  const { readTenantCoordinates, tenantJsonPath } = devkit();
  const file = tenantJsonPath({ SAMEN_DATA_DIR: process.env.SAMEN_DATA_DIR }, ROOT);
  if (!fs.existsSync(file)) return {};
  const { caCertPath } = readTenantCoordinates(file);
  return { SAMEN_TENANT_JSON: file, NODE_EXTRA_CA_CERTS: caCertPath };
}

const DEV_TENANT = {
  name: 'dev tenant',
  ...nodeScript('dev-tenant/dist/main.js'),
  ready: /Dev tenant ready: (\S+)/,
  env: () => ({}),
  // Seeding a large organisation on first start takes minutes (dev-tenant/README.md: up to 200,000 people).
  timeoutMs: 30 * 60_000,
};

const SAMEN_SERVICE = {
  name: 'service',
  ...nodeScript('bot/dist/main.js'),
  ready: /Samen service ready: (\S+)/,
  env: devTenantEnv,
};

/**
 * What `npm start` runs, started in this order, each once the previous one printed its ready line (so a later
 * service can be given an earlier one's URL through `env`).
 */
const SERVICES = [
  // Samen's own SharePoint lists, created or completed by the same code as `npm run provision` on a real tenant.
  { ...DEV_TENANT, afterReady: nodeScript('graph/dist/cli/provision.js') },
  SAMEN_SERVICE,
  {
    // The local host page (a SharePoint-like page with the Talentfinder), signed in as a chosen seeded user.
    name: 'portal',
    ...nodeScript('portal/dist/server/main.js'),
    ready: /Samen portal ready: (\S+)/,
    env: (urls) => ({ ...devTenantEnv(), SAMEN_SERVICE_URL: urls.service }),
    // The Teams-like frame: the bot's chat and the Talentfinder tab, without a tenant (portal/src/page/frame).
    links: (url) => ({ Feed: `${url}/?page=feed`, 'Teams frame': `${url}/teams/` }),
  },
];

function printListening(urls, services) {
  console.log('\nSamen is running locally:');
  for (const service of services) {
    const url = urls[service.name];
    const links = { [service.name]: url, ...(service.links ? service.links(url) : {}) };
    for (const [name, link] of Object.entries(links)) console.log(`  ${name.padEnd(12)} ${link}`);
  }
  console.log('Press Ctrl-C to stop.\n');
}

/** Starts one service through the launcher, its output shown (prefixed when services share the terminal). */
function startService(service, urls, prefix) {
  return devkit().launch({
    label: service.name,
    command: service.command,
    args: service.args,
    cwd: ROOT,
    env: { ...process.env, ...service.env(urls) },
    ready: service.ready,
    timeoutMs: service.timeoutMs,
    show: 'all',
    prefix,
  });
}

/** Starts every service; when one stops by itself the others are stopped too, and the task fails. */
async function serveAll(services) {
  const running = [];
  let stoppedByUser = false;
  const stopAll = () => Promise.all(running.map((service) => service.stop()));
  const onSignal = () => {
    stoppedByUser = true;
    void stopAll();
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  try {
    const urls = {};
    for (const service of services) {
      const prefix = services.length > 1 ? `[${service.name}] ` : '';
      const started = await startService(service, urls, prefix).catch((error) => {
        if (stoppedByUser) return null;
        throw Object.assign(failure(error.message), { exitCode: error.exitCode });
      });
      if (!started) return;
      running.push(started);
      urls[service.name] = started.url;
      if (service.afterReady) await run(service.afterReady);
    }
    printListening(urls, services);
    await Promise.race(running.map((service) => service.exited));
    if (!stoppedByUser) throw failure('a service stopped by itself');
  } finally {
    await stopAll();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

// The Samen service exits with 2 (configuration) or 3 (lists not provisioned) after printing one line that says
// what to do (bot/src/launch.ts). gulp's report of the failed task (and gulp-cli's exit hook, which would call
// the interrupted tasks unfinished) would bury that line: the command ends with it, with the service's code.
const EXPLAINED_EXITS = new Set([2, 3]);

async function endingWithExplanation(serve) {
  try {
    await serve();
  } catch (error) {
    if (!EXPLAINED_EXITS.has(error.exitCode)) throw error;
    process.removeAllListeners('exit');
    process.exit(error.exitCode);
  }
}

function startSuite() {
  return endingWithExplanation(() => serveAll(SERVICES));
}

/** `npm run service`: only the Samen service, against a dev tenant that is already running. */
function serveSamenService() {
  if (!process.env.SAMEN_TENANT_ID && !devTenantEnv().SAMEN_TENANT_JSON) {
    throw failure(
      'No dev tenant found: start it first with `npm run tenant`, or set SAMEN_TENANT_ID and friends.',
    );
  }
  return endingWithExplanation(() => serveAll([SAMEN_SERVICE]));
}

/** `npm run tenant`: only the dev tenant, until Ctrl-C. */
function startTenant() {
  return serveAll([{ ...DEV_TENANT, ...nodeScript('dev-tenant/dist/main.js', argsAfterTask('tenant')) }]);
}

function runSeedCli() {
  return run(nodeScript('dev-tenant/dist/seed-cli.js', argsAfterTask('seed')));
}

// ---------------------------------------------------------------------------------------------------------
// packages

/** npm gives its scripts npm_config_* variables; a nested `npm run` would take them as its own config. */
function envForNestedNpm() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_(config|package|lifecycle)_/i.test(key)) env[key] = value;
  }
  return env;
}

/**
 * spfx-webparts/sharepoint/solution/samen.sppkg: SPFx's own build (Heft on the Node 22 that spfx-webparts
 * installs), after the root build, because the web parts bundle ui's ES modules (ui/lib).
 */
function packageSpfx() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return run({
    command: npm,
    args: ['run', 'build'],
    cwd: path.join(ROOT, 'spfx-webparts'),
    env: envForNestedNpm(),
  });
}

/**
 * manifest/build/samen.zip, the Teams app package: ids and hosts from SAMEN_TEAMS_APP_ID, SAMEN_BOT_ID,
 * SAMEN_API_CLIENT_ID, SAMEN_PUBLIC_HOST, SAMEN_APP_VERSION (local defaults when unset), validated offline.
 */
function packageTeams() {
  return run(nodeScript('manifest/dist/cli.js'));
}

exports.build = build;
// Type-aware lint rules read the packages' built declarations.
exports.lint = series(typescript, lint);
// The .sppkg is built before Jest, which checks its contents (packaging/test).
exports.test = series(build, lint, packageSpfx, jest);
exports.tenant = series(build, startTenant);
exports.service = series(build, serveSamenService);
exports.seed = series(build, runSeedCli);
exports.serve = series(build, startSuite);
exports.package = series(build, packageSpfx, packageTeams);
exports.default = build;
