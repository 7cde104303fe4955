// ESLint 9 flat config for the workspaces. spfx-webparts is linted by its own Heft toolchain, not here.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.cjs', '**/*.mjs'];
// Test code: each package's test/ folder, and test-support/ (Jest's global setup, shared helpers).
const TEST_DIRS = ['*/test/', 'test-support/'];
const TEST_TS_FILES = TEST_DIRS.flatMap((dir) => TS_FILES.map((glob) => `${dir}${glob}`));

// Root scripts and config files run on Node; listing the globals they use avoids a dependency on `globals`.
const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    '__dirname',
    '__filename',
    'require',
    'module',
    'exports',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'URL',
    'AbortController',
  ].map((name) => [name, 'readonly']),
);

// core is shared by the SPFx web parts, the browser apps and the Node service: anything that pins it to one
// host (adapters, UI frameworks, Microsoft SDKs, Node's standard library) belongs in an adapter package.
const CORE_WHY =
  'core runs in SPFx, the browser and Node: keep it free of adapters, frameworks and Node-only APIs';
// Every module Node ships, from Node itself: a hand-made list misses some (`dns`, `readline`, `vm`, ...).
// As a regex: a gitignore-style group such as `http/*` would also match our own `./talentfinder/http/...`.
const NODE_BUILTIN = `^(?:node:.+|(?:${builtinModules.join('|')})(?:/.*)?)$`;
const CORE_RESTRICTED = [
  {
    group: ['@samen/graph', '@samen/graph/*'],
    message: `${CORE_WHY}. graph depends on core, not the reverse.`,
  },
  {
    group: ['@samen/dev-tenant', '@samen/dev-tenant/*'],
    message: `${CORE_WHY}. Only tests may use the dev tenant.`,
  },
  { group: ['@samen/bot', '@samen/bot/*'], message: `${CORE_WHY}. bot depends on core, not the reverse.` },
  { group: ['@samen/ui', '@samen/ui/*'], message: `${CORE_WHY}. ui depends on core, not the reverse.` },
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: `${CORE_WHY}. React belongs in ui/.` },
  { group: ['@fluentui/*'], message: `${CORE_WHY}. Fluent UI belongs in ui/.` },
  { group: ['@microsoft/*'], message: `${CORE_WHY}. Microsoft SDKs belong in the adapters and hosts.` },
  { group: ['botbuilder*'], message: `${CORE_WHY}. botbuilder belongs in bot/.` },
  { regex: NODE_BUILTIN, message: `${CORE_WHY}. Define a port in core and implement it in an adapter.` },
];

// Everything that reaches a browser bundle: ui (SPFx web parts, the Teams tab, the portal page), the portal's page
// itself, the Teams tab host (teams-app/src), and graph's browser entry (all of graph/src but its Node side, src/node and src/cli). A Node built-in
// there either breaks the bundle or drags in a shim (packaging/test/browser-bundle.test.ts checks the bundles).
const BROWSER_FILES = ['ui/src/**', 'portal/src/page/**', 'teams-app/src/**', 'graph/src/**'];
const BROWSER_IGNORES = ['graph/src/node/**', 'graph/src/cli/**'];
const NODE_ONLY_IMPORTS = [
  {
    regex: NODE_BUILTIN,
    message:
      'This code reaches a browser bundle: no Node built-ins. Node-only code goes in graph/src/node (the ' +
      '`@samen/graph/node` entry) or behind a port.',
  },
];

export default defineConfig([
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    '**/coverage/',
    '**/.samen/',
    'spfx-webparts/',
    'ui/lib/',
    'core/lib/',
    'graph/lib/',
    'bench/results/',
    // Entries packaging/test/browser-bundle.test.ts writes (and removes) while it runs.
    'packaging/.bundle-*/',
  ]),

  // Plain JavaScript (root config files, scripts): the basic rules, no type information.
  {
    files: JS_FILES,
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: NODE_GLOBALS },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },

  // TypeScript, with type information so promise mistakes are caught (a floating promise in a
  // Graph adapter is a lost write).
  {
    files: TS_FILES,
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // `_name` marks a parameter that an interface requires but this implementation does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: TS_FILES,
    ignores: TEST_TS_FILES,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  // Tests are outside the packages' build tsconfig.json (rootDir is src), so the project service cannot find
  // them. They are typed by their package's test/tsconfig.json where there is one, else by the root
  // tsconfig.test.json that ts-jest uses (one program for all tests: the project service's default project
  // would be rebuilt per file, several times slower).
  {
    files: TEST_TS_FILES,
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: ['./*/test/tsconfig.json', './tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  // Tests may take shortcuts that would hide bugs in production code.
  {
    files: ['**/test/**', 'test-support/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },

  // Dependency direction (see docs: architecture): core depends on nothing host-specific.
  {
    files: ['core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: CORE_RESTRICTED }] },
  },

  {
    files: BROWSER_FILES,
    ignores: BROWSER_IGNORES,
    rules: { 'no-restricted-imports': ['error', { patterns: NODE_ONLY_IMPORTS }] },
  },

  // The bot's conversation is plain data in, cards out: botbuilder stays in bot/src/teams (toolchain.md, "Bot").
  {
    files: ['bot/src/conversation/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['botbuilder', 'botbuilder-*', 'botframework-*', 'express', '../teams/*', '../http/*'],
              message: 'The conversation does not depend on botbuilder or HTTP: adapt at bot/src/teams.',
            },
          ],
        },
      ],
    },
  },

  // The dev tenant emulates the outside world (Microsoft 365), so it must not know Samen's code.
  {
    files: ['dev-tenant/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@samen/*'],
              message: 'dev-tenant emulates Microsoft 365, the outside world: it imports nothing of Samen.',
            },
          ],
        },
      ],
    },
  },
]);
