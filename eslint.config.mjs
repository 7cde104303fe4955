// ESLint 9 flat config for the workspaces. spfx-webparts is linted by its own Heft toolchain, not here.
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
const NODE_BUILTINS = [
  'fs',
  'path',
  'http',
  'https',
  'crypto',
  'child_process',
  'os',
  'url',
  'net',
  'tls',
  'stream',
  'events',
  'util',
  'zlib',
  'worker_threads',
];
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
  { group: ['node:*'], message: `${CORE_WHY}. Define a port in core and implement it in an adapter.` },
  {
    group: NODE_BUILTINS.flatMap((name) => [name, `${name}/*`]),
    message: `${CORE_WHY}. Define a port in core and implement it in an adapter.`,
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
    'bench/results/',
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
