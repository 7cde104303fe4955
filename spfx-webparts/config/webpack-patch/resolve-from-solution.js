// @samen/ui is a `file:` link to ../ui, whose ES modules import @fluentui/react and react/jsx-runtime, and
// @samen/core/contract (core's ES modules), which imports zod/mini. Webpack follows the links and would take
// those from the root workspace's node_modules: another install, which may be mid-`npm ci`, and possibly another
// Fluent than SPFx's. Resolve bare imports from this solution's node_modules first, so the bundle has exactly one
// Fluent UI and one zod, the ones pinned here (React itself is an SPFx external).
'use strict';

const path = require('node:path');

module.exports = function resolveFromSolution(config) {
  const own = path.resolve(__dirname, '..', '..', 'node_modules');
  config.resolve = config.resolve || {};
  config.resolve.modules = [own, ...(config.resolve.modules || ['node_modules']).filter((dir) => dir !== own)];
  return config;
};
