#!/usr/bin/env node
// The browser tests drive Debian's Chromium with playwright-core: `npx playwright install` cannot download
// browsers on our machines, so Chromium comes from apt. Plain Node, no dependencies.
//
// Usage: node scripts/ensure-chromium.js   (ensure-installed.js --browser calls it once e2e/ exists)
'use strict';

const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

const CHROMIUM = '/usr/bin/chromium';
const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Runs apt-get without prompts (CI has no stdin); exits with its code on failure. */
function aptGet(args) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(
      `ensure-chromium: apt-get ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(result.status || 1);
  }
}

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  if (!isRoot()) {
    // Installing system packages needs root; say exactly what to run rather than prompting for sudo.
    console.error(`ensure-chromium: ${CHROMIUM} is missing; the browser tests need it.`);
    console.error(`Install it as root:  ${INSTALL_COMMAND}`);
    process.exit(1);
  }
  console.log(`ensure-chromium: ${CHROMIUM} is missing; installing it (${INSTALL_COMMAND})...`);
  aptGet(['update']);
  aptGet(['install', '-y', 'chromium']);
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`ensure-chromium: apt-get succeeded but ${CHROMIUM} is still missing.`);
    process.exit(1);
  }
}

if (require.main === module) ensureChromium();

module.exports = { ensureChromium, CHROMIUM, INSTALL_COMMAND };
