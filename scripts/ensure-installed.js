#!/usr/bin/env node
// Runs before anything is installed, so it uses Node's standard library only.
// Makes `npm start` / `npm test` work on a fresh clone and stay fast afterwards:
// each project is reinstalled with `npm ci` only when its package-lock.json changed since the last install.
//
// Usage: node scripts/ensure-installed.js [--browser]
//   --browser  also make sure Chromium is there for the browser tests (only once an e2e/ folder exists).
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const STAMP_NAME = '.samen-install-hash';

// Order matters: spfx-webparts has `file:` dependencies on the workspaces, and its `npm ci` does not install
// their own dependencies, so the root is installed first. Folders without a package-lock.json are skipped.
const PROJECTS = ['.', 'spfx-webparts'];

/** What an install depends on: the lock file and the Node ABI that native modules (better-sqlite3) use. */
function installHash(lockFile) {
  return crypto
    .createHash('sha256')
    .update(fs.readFileSync(lockFile))
    .update(`\0${process.versions.modules}\0${process.platform}\0${process.arch}`)
    .digest('hex');
}

function readStamp(stampFile) {
  try {
    return fs.readFileSync(stampFile, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** npm gives its scripts npm_config_* variables; a nested `npm ci` would take them as its own config. */
function envForNestedNpm() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_(config|package|lifecycle)_/i.test(key)) env[key] = value;
  }
  return env;
}

function npmCommand() {
  return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}

/** Installs one project if its node_modules is missing or was installed from another lock file. */
function ensureProject(relDir) {
  const dir = path.join(ROOT, relDir);
  const lockFile = path.join(dir, 'package-lock.json');
  if (!fs.existsSync(lockFile)) return;
  const stampFile = path.join(dir, 'node_modules', STAMP_NAME);
  const hash = installHash(lockFile);
  if (readStamp(stampFile) === hash) return;

  const where = relDir === '.' ? 'the root' : relDir;
  console.log(`ensure-installed: installing dependencies in ${where} (npm ci)...`);
  const result = spawnSync(npmCommand(), ['ci'], {
    cwd: dir,
    stdio: 'inherit',
    env: envForNestedNpm(),
    shell: process.platform === 'win32',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`ensure-installed: npm ci failed in ${where} (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  // Written only after a successful install, so an interrupted one is retried next time. (A project without
  // dependencies gets no node_modules from npm ci, hence the mkdir.)
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, `${hash}\n`);
}

function main(argv) {
  for (const project of PROJECTS) ensureProject(project);
  if (argv.includes('--browser') && fs.existsSync(path.join(ROOT, 'e2e'))) {
    require('./ensure-chromium').ensureChromium();
  }
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { ensureProject, installHash, PROJECTS };
