import { esmTsJest } from '../../jest.shared.js';

// Browser e2e: Debian's Chromium through playwright-core against the built app, started once per run.
export default esmTsJest({
  displayName: 'e2e',
  rootDir: import.meta.dirname,
  tsconfig: 'tests/e2e/tsconfig.json',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  globalSetup: '<rootDir>/support/global-setup.js',
  globalTeardown: '<rootDir>/support/global-teardown.js',
  testTimeout: 60_000,
});
