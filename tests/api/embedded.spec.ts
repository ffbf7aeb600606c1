import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HealthResponse, JobRunResponse, PlanTree } from '@throughline/domain';
import { CollectionScheduler } from '../../apps/api/src/collection/collection.scheduler.js';
import { type Client, type RunningApp, eventually, startApp } from './support/app.js';
import { signIn } from './support/users.js';

// The embedded default of `npm start` when no Postgres and no Redis answer: PGlite in the process, BullMQ on it.
describe('the API in embedded mode (in-memory PGlite, BullMQ Postgres backend)', () => {
  let app: RunningApp;
  let admin: Client;
  beforeAll(async () => {
    app = await startApp({
      DATABASE_URL: 'embedded',
      EMBEDDED_DATA_DIR: 'memory://',
      QUEUE_BACKEND: 'postgres',
      REDIS_URL: undefined,
      // As `npm start` on a fresh machine: the empty embedded database gets the demo district.
      DEMO_SEED: 'auto',
    });
    // The demo seed's sign-ins (README): the same ones a person trying Throughline uses.
    admin = await signIn(app, { email: 'admin@example.org', password: 'demo' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reports the embedded database and the Postgres queue as up', async () => {
    const { status, body } = await app.get<HealthResponse>('/api/health');
    expect(status).toBe(200);
    expect(body.database).toEqual({ status: 'up', mode: 'embedded' });
    expect(body.queue).toEqual({ status: 'up', backend: 'postgres' });
  });

  it('seeded the demo district on first boot and serves its plan tree', async () => {
    const plans = (await admin.get<{ id: string; name: string; active: boolean }[]>('/api/plans')).body;
    const active = plans.find((p) => p.active);
    expect(active?.name).toBe('Riverbend Rising');
    const tree = await admin.get<PlanTree>(`/api/plans/${active?.id}/tree`);
    expect(tree.status).toBe(200);
    expect(tree.body.priorities).toHaveLength(4);
    expect(tree.body.tacticCounts.total).toBeGreaterThan(50);
  });

  it('runs the writes that span several services in one transaction (no second connection waited on)', async () => {
    const tactics = (await admin.get<{ items: { id: string; ownerId: string; version: number }[] }>('/api/tactics?pageSize=1')).body.items;
    const tactic = tactics[0];
    expect(tactic).toBeDefined();
    const checkIn = await admin.send<{ tactic: { version: number } }>('POST', `/api/tactics/${tactic?.id}/status-updates`, {
      status: 'on-track', percentComplete: 60, version: tactic?.version,
    });
    expect(checkIn.status).toBe(201);
    expect(checkIn.body.tactic.version).toBe((tactic?.version ?? 0) + 1);
    const updated = await admin.send('PATCH', `/api/tactics/${tactic?.id}`, { title: 'Renamed on PGlite', version: checkIn.body.tactic.version });
    expect(updated.status).toBe(200);
  });

  it('runs a sweep job through the Postgres-backed queue and records it', async () => {
    await app.booted.context.get(CollectionScheduler).sweepNow();
    const run = await eventually(async () => {
      const { body } = await admin.get<JobRunResponse[]>('/api/system/job-runs');
      return body.find((r) => r.outcome === 'succeeded');
    }, 30_000);
    expect(run.job).toBe('collection-sweep');
  });
});
