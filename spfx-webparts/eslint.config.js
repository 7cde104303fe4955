// ESLint 9 flat config: SPFx's React profile (Heft lints during the build; errors fail a production build).
const spfxReactProfile = require('@microsoft/eslint-config-spfx/lib/flat-profiles/react');

module.exports = [
  ...spfxReactProfile,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { tsconfigRootDir: __dirname }
    }
  }
];
