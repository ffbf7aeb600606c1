import { esmTsJest } from '../../jest.shared.js';

export default esmTsJest({
  displayName: 'domain',
  rootDir: import.meta.dirname,
  tsconfig: 'libs/domain/tsconfig.spec.json',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
});
