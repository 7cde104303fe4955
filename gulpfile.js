// Root task runner. Every task shells out to the real tool (tsc, eslint, prettier, jest, node) so that what a
// developer runs by hand and what CI runs are the same commands; gulp only orders them and reports failures.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const { spawn } = require('node:child_process');
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

/** Stops children on Ctrl-C or SIGTERM; returns a function that removes the handlers again. */
function forwardSignals(children) {
  const handler = (signal) => {
    for (const child of children) if (isRunning(child)) child.kill(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

/** An error gulp prints as one line: the tool has already printed the details, a stack trace adds nothing. */
function failure(message) {
  return Object.assign(new Error(message), { showStack: false });
}

/** Resolves when the child exits; a stop by signal counts as success only where the caller allows it. */
function waitForExit(child, label, { signalIsSuccess = false } = {}) {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0 || (signal && signalIsSuccess)) resolve();
      else
        reject(
          Object.assign(failure(`${label} failed (${signal ? `signal ${signal}` : `exit code ${code}`})`), {
            exitCode: code,
          }),
        );
    });
  });
}

/** Runs a command to completion with inherited stdio; rejects (so gulp exits non-zero) if it fails. */
function run({ command, args, cwd = ROOT, env = process.env }, { longRunning = false } = {}) {
  const child = spawn(command, args, { cwd, stdio: 'inherit', env, shell: false });
  const stopForwarding = forwardSignals([child]);
  const shown = args.map((arg) => (path.isAbsolute(arg) ? path.relative(ROOT, arg) : arg));
  const label = `${path.basename(command)} ${shown.join(' ')}`;
  // A server stopped with Ctrl-C has done its job; a test run stopped that way has not.
  return waitForExit(child, label, { signalIsSuccess: longRunning }).finally(stopForwarding);
}

// ---------------------------------------------------------------------------------------------------------
// build, lint, test

function typescript() {
  return run({ command: bin('tsc'), args: ['-b', 'tsconfig.json'] });
}

/** The portal's page, bundled by Vite into portal/dist/page (tsc has type-checked it; Vite only transforms). */
function portalPage() {
  return run({
    command: bin('vite'),
    args: ['build', '--config', path.join(ROOT, 'portal', 'vite.config.mjs')],
  });
}

const build = series(typescript, portalPage);

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
 * What `npm start` runs, started in this order, each once the previous one printed its ready line (so a later
 * service can be given an earlier one's URL through `env`). The Samen service and the portal go here.
 */
/** The dev tenant's description, written when it is ready; services trust its CA through NODE_EXTRA_CA_CERTS. */
function devTenantEnv() {
  const dataDir = process.env.SAMEN_DATA_DIR ?? path.join(ROOT, '.samen');
  const file = path.join(dataDir, 'tenant.json');
  if (!fs.existsSync(file)) return {};
  const { caCertPath } = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { SAMEN_TENANT_JSON: file, NODE_EXTRA_CA_CERTS: caCertPath };
}

const SAMEN_SERVICE = {
  name: 'service',
  ...nodeScript('bot/dist/main.js'),
  ready: /Samen service ready: (\S+)/,
  env: devTenantEnv,
};

const SERVICES = [
  {
    name: 'dev tenant',
    ...nodeScript('dev-tenant/dist/main.js'),
    ready: /Dev tenant ready: (\S+)/,
    env: () => ({}),
    // Samen's own SharePoint lists, created or completed by the same code as `npm run provision` on a real tenant.
    afterReady: nodeScript('graph/dist/cli/provision.js'),
  },
  SAMEN_SERVICE,
  {
    // The local host page (a SharePoint-like page with the Talentfinder), signed in as a chosen seeded user.
    name: 'portal',
    ...nodeScript('portal/dist/server/main.js'),
    ready: /Samen portal ready: (\S+)/,
    env: (urls) => ({ ...devTenantEnv(), SAMEN_SERVICE_URL: urls.service }),
  },
];

/** Copies a child's stdout through (prefixed when services share the terminal) and finds its ready line. */
function watchOutput(child, service, prefix) {
  return new Promise((resolve) => {
    const lines = readline.createInterface({ input: child.stdout });
    let ready = false;
    lines.on('line', (line) => {
      process.stdout.write(`${prefix}${line}\n`);
      const match = ready ? null : service.ready.exec(line);
      if (match) {
        ready = true;
        resolve(match[1] ?? '');
      }
    });
  });
}

/** Starts one service; `ready` resolves with its URL, `exited` settles when it stops. */
function startService(service, urls, prefix) {
  const env = { ...process.env, ...service.env(urls) };
  const child = spawn(service.command, service.args, {
    cwd: ROOT,
    env,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  const exited = waitForExit(child, service.name, { signalIsSuccess: true });
  const ready = Promise.race([watchOutput(child, service, prefix), exited.then(() => null)]);
  return { child, ready, exited };
}

function printListening(urls) {
  console.log('\nSamen is running locally:');
  for (const [name, url] of Object.entries(urls)) console.log(`  ${name.padEnd(12)} ${url}`);
  console.log('Press Ctrl-C to stop.\n');
}

function isRunning(child) {
  return child.exitCode === null && child.signalCode === null;
}

/** Starts every service; when one stops by itself the others are stopped too, and the task fails. */
async function serveAll(services) {
  const children = [];
  const exits = [];
  let stoppedByUser = false;
  const stopAll = (signal = 'SIGTERM') => children.filter(isRunning).forEach((child) => child.kill(signal));
  const onSignal = (signal) => {
    stoppedByUser = true;
    stopAll(signal);
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  try {
    const urls = {};
    for (const service of services) {
      const prefix = services.length > 1 ? `[${service.name}] ` : '';
      const started = startService(service, urls, prefix);
      children.push(started.child);
      exits.push(started.exited.finally(() => stopAll()));
      const url = await started.ready;
      if (url === null && stoppedByUser) return;
      if (url === null) throw failure(`${service.name} stopped before it printed its ready line`);
      urls[service.name] = url;
      if (service.afterReady) await run(service.afterReady);
    }
    printListening(urls);
    await Promise.all(exits);
    if (!stoppedByUser) throw failure('a service stopped by itself');
  } finally {
    stopAll();
    await Promise.allSettled(exits);
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

function startTenant() {
  return run(nodeScript('dev-tenant/dist/main.js', argsAfterTask('tenant')), { longRunning: true });
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

exports.build = build;
exports.lint = lint;
// The .sppkg is built before Jest, which checks its contents (packaging/test).
exports.test = series(build, lint, packageSpfx, jest);
exports.tenant = series(build, startTenant);
exports.service = series(build, serveSamenService);
exports.seed = series(build, runSeedCli);
exports.serve = series(build, startSuite);
// Later: the Teams app zip (manifest/) is built here too.
exports.package = series(build, packageSpfx);
exports.default = build;
