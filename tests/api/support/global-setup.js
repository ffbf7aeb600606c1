// Plain JS: Jest loads global setup outside the test module system. Creates this run's own database; the first
// app that boots migrates it (under an advisory lock), the tests share it, and global-teardown.js drops it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export default async function globalSetup() {
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const name = `throughline_it_${suffix}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  // Read by the test files: Jest's workers inherit this process's environment.
  process.env.IT_DATABASE_URL = url.toString();
  process.env.IT_DATABASE_NAME = name;
  process.env.IT_QUEUE_PREFIX = `it_${suffix}`;
}
