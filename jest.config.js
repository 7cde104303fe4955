// One Jest run for the whole suite; each package is a project so its tests run with its own settings.
const path = require('node:path');

const tsJest = ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.test.json'), isolatedModules: true }];

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
  projects: [project('core'), project('graph'), project('dev-tenant')],
};
