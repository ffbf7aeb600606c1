import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HealthResponse } from '@throughline/domain';
import { type RunningApp, eventually, startApp } from './support/app.js';
import { asAdmin } from './support/users.js';
import { TcpProxy } from './support/tcp-proxy.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('the API on the real Postgres and Redis', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('reports ok for the database and the queue, with its version', async () => {
    const { status, body } = await app.get<HealthResponse>('/api/health');
    expect(status).toBe(200);
    expect(body).toEqual(
      expect.objectContaining({
        status: 'ok',
        version,
        database: { status: 'up', mode: 'external' },
        queue: { status: 'up', backend: 'redis' },
      }),
    );
  });

  it('serves the OpenAPI document and its UI', async () => {
    const doc = await app.get<{ openapi: string; paths: Record<string, unknown> }>('/api/docs-json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/system/job-runs']));
    const ui = await app.get<string>('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('answers bad input with 400 and a message per field', async () => {
    const admin = await asAdmin(app);
    const { status, body } = await admin.get<{ errors: { field: string; messages: string[] }[] }>(
      '/api/system/job-runs?limit=0&colour=blue',
    );
    expect(status).toBe(400);
    expect(body.errors.map((e) => e.field).sort()).toEqual(['colour', 'limit']);
    expect(body.errors.find((e) => e.field === 'limit')?.messages).toEqual(['limit must not be less than 1']);
  });

  it('answers unknown API routes with a JSON 404, never with the dashboard', async () => {
    const { status, body } = await app.get<{ statusCode: number }>('/api/no-such-thing');
    expect(status).toBe(404);
    expect(body.statusCode).toBe(404);
  });

  it('tags every response with a request id', async () => {
    const response = await fetch(`${app.baseUrl}/api/health`, { headers: { 'X-Request-Id': 'trace-me-1' } });
    expect(response.headers.get('x-request-id')).toBe('trace-me-1');
  });
});

describe('health when a dependency goes down', () => {
  const postgres = new TcpProxy('127.0.0.1', 5432);
  const redis = new TcpProxy('127.0.0.1', 6379);
  let app: RunningApp;

  beforeAll(async () => {
    const pgPort = await postgres.start();
    const redisPort = await redis.start();
    const database = new URL(process.env['IT_DATABASE_URL'] ?? '');
    database.port = String(pgPort);
    app = await startApp({ DATABASE_URL: database.toString(), REDIS_URL: `redis://127.0.0.1:${redisPort}` });
  });
  afterAll(async () => {
    // Bring both back so the app can close its pools cleanly.
    await redis.start(redis.port);
    await postgres.start(postgres.port);
    await app.close();
    await Promise.all([redis.stop(), postgres.stop()]);
  });

  it('answers 503 naming the queue when Redis is unreachable, and recovers when it is back', async () => {
    await redis.stop();
    const down = await app.get<HealthResponse>('/api/health');
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('error');
    expect(down.body.queue.status).toBe('down');
    expect(down.body.database.status).toBe('up');

    await redis.start(redis.port);
    const up = await eventually(async () => {
      const r = await app.get<HealthResponse>('/api/health');
      return r.status === 200 ? r : undefined;
    });
    expect(up.body.queue.status).toBe('up');
  });

  it('answers 503 naming the database when Postgres is unreachable', async () => {
    await postgres.stop();
    const down = await app.get<HealthResponse>('/api/health');
    expect(down.status).toBe(503);
    expect(down.body.database.status).toBe('down');
    expect(down.body.queue.status).toBe('up');
  });
});
