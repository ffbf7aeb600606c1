import { esmTsJest } from '../../jest.shared.js';

export default esmTsJest({
  displayName: 'api',
  rootDir: import.meta.dirname,
  tsconfig: 'apps/api/tsconfig.spec.json',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
});
