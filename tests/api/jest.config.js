import { esmTsJest } from '../../jest.shared.js';

// Integration tests: the real API on the real Postgres and Redis of this machine, one fresh database per run.
export default esmTsJest({
  displayName: 'api-integration',
  rootDir: import.meta.dirname,
  tsconfig: 'tests/api/tsconfig.json',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.js',
  globalTeardown: '<rootDir>/support/global-teardown.js',
  testTimeout: 60_000,
});
