import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { isoDateInZone } from '@throughline/domain';
import { ConfigError, loadConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/database-options.js';
import { runMigrations } from './database/migrate.js';
import { createRootLogger } from './http/logger.js';
import { resolveInfrastructure } from './infra/infrastructure.js';
import { isDatabaseEmpty, seedDemoDistrict } from './seed/demo-district.js';

/**
 * `npm run seed` seeds the demo district into an empty database; `npm run seed -- --reset` empties the database
 * first. Picks the database exactly as `npm start` does. With the embedded database, stop Throughline first.
 */
async function main(): Promise<void> {
  const reset = process.argv.includes('--reset');
  const config = loadConfig(process.env);
  const log = createRootLogger(config.log.level);
  const infrastructure = await resolveInfrastructure(config, log);
  const dataSource = new DataSource(dataSourceOptions(infrastructure.database.url, 4));
  try {
    await runMigrations(infrastructure.database.url);
    await dataSource.initialize();
    if (!reset && !(await isDatabaseEmpty(dataSource))) {
      log.warn('the database already holds a district: nothing seeded (use --reset to replace it with the demo)');
      return;
    }
    const started = performance.now();
    const summary = await seedDemoDistrict(dataSource, { today: isoDateInZone(Date.now(), config.district.timeZone), reset, accounts: config.demoAccounts });
    if (!config.demoAccounts) log.warn('demo sign-ins not created (NODE_ENV=production); set DEMO_ACCOUNTS=true to have them');
    log.info({ seed: summary, ms: Math.round(performance.now() - started) }, reset ? 'database reset to the demo district' : 'demo district seeded');
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await infrastructure.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Seeding failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
