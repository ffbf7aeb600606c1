// The dashboard runs Jest in CommonJS mode through jest-preset-angular (never with --experimental-vm-modules).
const { createCjsPreset } = require('jest-preset-angular/presets');
const { resolve } = require('node:path');

module.exports = {
  ...createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' }),
  displayName: 'dashboard',
  rootDir: __dirname,
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: {
    '^@throughline/domain$': resolve(__dirname, '../../libs/domain/src/index.ts'),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};
