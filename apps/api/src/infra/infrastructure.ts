import pg from 'pg';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { DatabaseMode, QueueBackend } from '@throughline/domain';
import { type AppConfig, redactUrl } from '../config/app-config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/throughline';
export const LOCAL_REDIS = 'redis://127.0.0.1:6379';

/** The database and queue engine this process runs on, decided once at boot (see README "Where data lives"). */
export interface Infrastructure {
  readonly database: { readonly mode: DatabaseMode; readonly url: string };
  readonly queue: { readonly backend: QueueBackend; readonly redisUrl?: string; readonly postgresSchema?: string };
  close(): Promise<void>;
}

export const INFRASTRUCTURE = Symbol('INFRASTRUCTURE');

/**
 * Picks the database and the queue engine, in this order:
 * DATABASE_URL / REDIS_URL when set; else the local servers when reachable; else embedded PGlite and BullMQ's
 * Postgres backend. A configured URL that does not answer is an error, never a silent fallback.
 */
export async function resolveInfrastructure(config: AppConfig, log: Logger): Promise<Infrastructure> {
  const closers: Array<() => Promise<void>> = [];
  let database: Infrastructure['database'];
  const configured = config.database.url;

  if (configured && configured !== 'embedded') {
    database = { mode: 'external', url: configured };
    log.info({ database: 'external', url: redactUrl(configured) }, `database: Postgres at ${redactUrl(configured)} (DATABASE_URL)`);
  } else if (configured !== 'embedded' && (await ensureLocalDatabase(LOCAL_POSTGRES))) {
    database = { mode: 'local', url: LOCAL_POSTGRES };
    log.info({ database: 'local', url: LOCAL_POSTGRES }, `database: local Postgres at ${LOCAL_POSTGRES}`);
  } else {
    const embedded = await startEmbeddedPostgres(config.database.embeddedDataDir);
    closers.push(() => embedded.stop());
    database = { mode: 'embedded', url: embedded.url };
    log.info(
      { database: 'embedded', dataDir: embedded.dataDir },
      `database: embedded PGlite (${configured ? 'DATABASE_URL=embedded' : 'no Postgres reachable'}), data in ${embedded.dataDir}, served on ${embedded.url}`,
    );
  }

  let queue: Infrastructure['queue'];
  const choice = config.queue.backend;
  const redisUrl = config.redis.url ?? LOCAL_REDIS;
  if (choice === 'redis' || (choice === 'auto' && config.redis.url)) {
    queue = { backend: 'redis', redisUrl };
    log.info({ queue: 'redis', url: redactUrl(redisUrl) }, `queue: BullMQ on Redis at ${redactUrl(redisUrl)}`);
  } else if (choice === 'auto' && (await redisAnswers(LOCAL_REDIS))) {
    queue = { backend: 'redis', redisUrl: LOCAL_REDIS };
    log.info({ queue: 'redis', url: LOCAL_REDIS }, `queue: BullMQ on local Redis at ${LOCAL_REDIS}`);
  } else {
    // PGlite ignores per-connection search_path, so there BullMQ shares `public` and the app keeps to schema `app`.
    const postgresSchema = database.mode === 'embedded' ? 'public' : 'bullmq';
    queue = { backend: 'postgres', postgresSchema };
    log.info(
      { queue: 'postgres', schema: postgresSchema },
      `queue: BullMQ Postgres backend in the same database (schema ${postgresSchema}), no Redis used`,
    );
  }

  return {
    database,
    queue,
    async close() {
      for (const close of closers.reverse()) await close();
    },
  };
}

/** Connects to the local server, creating the `throughline` database when missing; false when nothing answers. */
async function ensureLocalDatabase(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres'), connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return false;
  }
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await admin.end();
  }
}

async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1500, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
