// Starts the built app (the same `node dist/...main.js` that `npm start` runs) on a free port against this run's
// own database, and waits until /api/health says ok. global-teardown.js stops it and drops the database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import pg from 'pg';

const ROOT = resolve(import.meta.dirname, '../../..');
export const MAIN = resolve(ROOT, 'dist/apps/api/apps/api/src/main.js');
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

export default async function globalSetup() {
  if (!existsSync(MAIN)) throw new Error(`The API is not built (${MAIN}); run: npx nx run e2e:e2e`);
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const name = `throughline_e2e_${suffix}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const databaseUrl = new URL(POSTGRES_ADMIN_URL);
  databaseUrl.pathname = `/${name}`;

  const port = await freePort();
  mkdirSync(resolve(ROOT, 'tmp/e2e'), { recursive: true });
  const log = openSync(resolve(ROOT, `tmp/e2e/app-${suffix}.log`), 'w');
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl.toString(),
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `e2e_${suffix}`,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', log, log],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited with ${child.exitCode}; see tmp/e2e/app-${suffix}.log`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The app did not become healthy; see tmp/e2e/app-${suffix}.log`);
    await new Promise((r) => setTimeout(r, 250));
  }
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_DATABASE_NAME = name;
  process.env.E2E_APP_PID = String(child.pid);
}
