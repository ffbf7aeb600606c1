import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { hashSecret, newSecret } from './auth/secrets.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { runMigrations } from './database/migrate.js';
import { createRootLogger } from './http/logger.js';
import { resolveInfrastructure } from './infra/infrastructure.js';

const USAGE = 'Usage: npm run admin -- --email you@district.org --name "Your Name"';

/**
 * The first administrator of a real district (no demo sign-ins in production): creates or finds the person,
 * gives them the admin role and prints a one-time link (72 h) to choose a password. The link is printed to this
 * terminal for the operator, never logged.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`A valid --email is required. ${USAGE}`);
  const config = loadConfig(process.env);
  const log = createRootLogger(config.log.level === 'info' ? 'warn' : config.log.level);
  const infrastructure = await resolveInfrastructure(config, log);
  const client = new pg.Client({ connectionString: infrastructure.database.url });
  try {
    await runMigrations(infrastructure.database.url);
    await client.connect();
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO app.person (name, email) VALUES ($1, $2)
       ON CONFLICT (lower(email)) DO UPDATE SET active = true RETURNING id`,
      [values.name?.trim() || email, email],
    );
    const personId = rows[0]?.id as string;
    await client.query(`INSERT INTO app.person_role (person_id, role) VALUES ($1, 'admin') ON CONFLICT DO NOTHING`, [personId]);
    const token = newSecret();
    await client.query(
      `INSERT INTO app.auth_token (token_hash, person_id, purpose, expires_at) VALUES ($1, $2, 'invite', now() + interval '72 hours')`,
      [hashSecret(token), personId],
    );
    await client.query('COMMIT');
    process.stdout.write(`${email} is an administrator. Open this link within 72 hours to choose a password:\n${config.auth.publicUrl}/set-password?token=${token}\n`);
  } finally {
    await client.end().catch(() => undefined);
    await infrastructure.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError || error instanceof Error ? `${error.message}\n` : `${String(error)}\n`);
  process.exit(1);
});
