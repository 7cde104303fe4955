// One Jest run for the whole suite; each package is a project so its tests run with its own settings.
// globalSetup starts one dev tenant (its own process, HTTPS) that every project's tests use.
const path = require('node:path');

const tsJest = ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.test.json') }];

/** @param {string} name @param {object} extra */
function project(name, extra = {}) {
  return {
    displayName: name,
    rootDir: `<rootDir>/${name}`,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    transform: { '^.+\\.[tj]sx?$': tsJest },
    ...extra,
  };
}

module.exports = {
  globalSetup: '<rootDir>/test-support/global-setup.js',
  globalTeardown: '<rootDir>/test-support/global-teardown.js',
  testTimeout: 30_000,
  projects: [
    // The dev tenant's coordinates and the process launcher that tooling and tests share.
    project('devkit'),
    project('core'),
    project('graph'),
    // sanitize-html's parser (htmlparser2 12 and its dom packages) ships ES modules only: Node 20.19+ loads them
    // with require(), Jest's require does not, so ts-jest turns them into CommonJS.
    project('bot', {
      transformIgnorePatterns: [
        '^(?!.*/node_modules/(htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities)/).*/node_modules/',
      ],
    }),
    // React apps render in jsdom, as React Testing Library expects.
    project('ui', { testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/**/*.test.ts?(x)'] }),
    // The Teams tab host runs in a browser (in Teams or not): jsdom, with teams-js and MSAL faked by structure.
    project('teams-app', { testEnvironment: 'jsdom' }),
    // The Teams app package: manifest validated against the bundled schema (offline), icons, zip.
    // @microsoft/app-manifest require()s strip-bom 5, an ES module: Node 20.19 loads it, Jest's require does not.
    project('manifest', { transformIgnorePatterns: ['^(?!.*/node_modules/strip-bom/).*/node_modules/'] }),
    // PnPjs ships ES modules only; ts-jest turns them into CommonJS for Jest.
    project('dev-tenant', { transformIgnorePatterns: ['/node_modules/(?!@pnp/)'] }),
    // The .sppkg that `gulp package` built (npm test builds it before Jest starts).
    project('packaging'),
    // Browser tests: Debian's Chromium through playwright-core against the portal (own tenant, service, portal).
    project('e2e'),
  ],
};
