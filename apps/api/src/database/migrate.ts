import { DataSource } from 'typeorm';
import { APP_SCHEMA, dataSourceOptions } from './database-options.js';

// Any constant shared by all instances: one process migrates while the others wait on the lock.
const MIGRATION_LOCK = 7_240_613;

/** Runs pending migrations under an advisory lock, so an API and its worker replicas can boot together. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, 2) });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS ${APP_SCHEMA}`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
