import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { isoDateInZone } from '@throughline/domain';
import { isDatabaseEmpty, seedDemoDistrict } from '../seed/demo-district.js';
import { dataSourceOptions } from './database-options.js';

// Shared with migrate.ts's lock on purpose: seeding waits for migrations, and two instances never both seed.
const BOOT_LOCK = 7_240_613;

/** Seeds the demo district when the database is empty (a fresh install), under the boot advisory lock. */
export async function seedIfEmpty(url: string, timeZone: string, accounts: boolean, log: Logger): Promise<boolean> {
  const dataSource = new DataSource(dataSourceOptions(url, 4));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [BOOT_LOCK]);
    if (!(await isDatabaseEmpty(dataSource))) return false;
    const started = performance.now();
    const summary = await seedDemoDistrict(dataSource, { today: isoDateInZone(Date.now(), timeZone), accounts });
    if (!accounts) log.warn('demo sign-ins not created (production): set DEMO_ACCOUNTS=true to have them, or invite people with npm run admin');
    log.info({ seed: summary, ms: Math.round(performance.now() - started) }, 'empty database: seeded the demo district (DEMO_SEED=never to skip)');
    return true;
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [BOOT_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
