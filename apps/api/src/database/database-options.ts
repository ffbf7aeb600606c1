import './pg-types.js';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/** The application's tables live in schema `app` (BullMQ may use `public` on the embedded database). */
export const APP_SCHEMA = 'app';

/** TypeORM options shared by Nest, the migration runner and the TypeORM CLI. `synchronize` is never on. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    schema: APP_SCHEMA,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    applicationName: 'throughline',
    extra: { max: poolSize },
  };
}
