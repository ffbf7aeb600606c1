// Shared Jest settings for the ESM projects (domain, api, tests/api, tests/e2e).
// NestJS 12 is ESM-only, so these projects run ts-jest in ESM mode; the dashboard uses jest-preset-angular instead.
import { resolve } from 'node:path';

const root = import.meta.dirname;

export function esmTsJest({ displayName, rootDir, tsconfig, testMatch, ...rest }) {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    testMatch,
    extensionsToTreatAsEsm: ['.ts'],
    moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
    moduleNameMapper: {
      '^@throughline/domain$': resolve(root, 'libs/domain/src/index.ts'),
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    transform: {
      '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: resolve(root, tsconfig) }],
    },
    ...rest,
  };
}
