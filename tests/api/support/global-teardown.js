// Drops this run's database and its queue keys, so test runs leave nothing behind.
import pg from 'pg';
import { Redis } from 'ioredis';
import { POSTGRES_ADMIN_URL } from './global-setup.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export default async function globalTeardown() {
  const name = process.env.IT_DATABASE_NAME;
  if (name) {
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  const prefix = process.env.IT_QUEUE_PREFIX;
  if (prefix) {
    const redis = new Redis(REDIS_URL);
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }
}
