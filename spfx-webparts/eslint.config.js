// ESLint 9 flat config: SPFx's React profile (Heft lints during the build; errors fail a production build).
const { builtinModules } = require('node:module');
const spfxReactProfile = require('@microsoft/eslint-config-spfx/lib/flat-profiles/react');

module.exports = [
  ...spfxReactProfile,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { tsconfigRootDir: __dirname }
    }
  },
  {
    // The web parts run in the browser: a Node built-in would break the bundle or drag in a shim
    // (packaging/test checks the bundle). The same rule as for ui/ and graph's browser entry (../eslint.config.mjs).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // A regex: a gitignore-style group such as `http/*` would also match our own folders.
              regex: `^(?:node:.+|(?:${builtinModules.join('|')})(?:/.*)?)$`,
              message: 'Web parts run in the browser: no Node built-ins.'
            }
          ]
        }
      ]
    }
  }
];
