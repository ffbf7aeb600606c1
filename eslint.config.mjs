import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';

// Frameworks and infrastructure that must never leak into the pure domain (see STYLE.md, principle 1).
const FRAMEWORKS = [
  '@nestjs/*',
  '@angular/*',
  'typeorm',
  'rxjs',
  'rxjs/*',
  'class-validator',
  'class-transformer',
  'bullmq',
  'ioredis',
  'pg',
  'express',
  'pino',
];

export default [
  { ignores: ['**/dist', '**/node_modules', '**/.angular', '**/.nx', '**/tmp', '**/coverage', '**/.data'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: FRAMEWORKS },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:domain'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...nx.configs['flat/angular'].map((config) => ({ ...config, files: ['apps/dashboard/**/*.ts'] })),
  ...nx.configs['flat/angular-template'].map((config) => ({ ...config, files: ['apps/dashboard/**/*.html'] })),
  ...angular.configs.templateAccessibility.map((config) => ({ ...config, files: ['apps/dashboard/**/*.html'] })),
  {
    files: ['apps/dashboard/**/*.ts'],
    rules: {
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'tl', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'tl', style: 'camelCase' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@angular/common/http',
              importNames: ['httpResource'],
              message: 'Use apiResource (shared/api-resource.ts): httpResource adds ~9 kB to the initial bundle.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no clock, no environment, no Date objects (dates are ISO strings).
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass the instant in: the domain has no clock.' },
        { object: 'process', property: 'env', message: 'Configuration is read by the apps, not the domain.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'NewExpression[callee.name="Date"]', message: 'Use IsoDate strings and day numbers, not Date.' },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'The domain does not touch the process.' }],
    },
  },
  {
    // Only the config loader reads the environment.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/main.ts', 'apps/api/src/seed-cli.ts', 'apps/api/src/admin-cli.ts', 'apps/api/src/database/data-source.ts', 'apps/api/src/**/*.spec.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Inject AppConfig (config/app-config.ts) instead.' },
      ],
    },
  },
  {
    // Integration and e2e tests boot the API's own bootstrap() and build output on purpose.
    files: ['tests/**/*.ts', '**/jest.config.js'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
