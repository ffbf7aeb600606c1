import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { JobRunResponse } from '@throughline/domain';
import { COLLECTION_QUEUE_TOKEN, COLLECTION_SWEEP } from '../../apps/api/src/collection/collection.queue.js';
import { CollectionScheduler } from '../../apps/api/src/collection/collection.scheduler.js';
import { type RunningApp, eventually, startApp } from './support/app.js';
import { asAdmin } from './support/users.js';
import { REDIS_URL } from './support/services.js';

describe('the collection sweep on BullMQ + Redis', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ COLLECTION_SWEEP_SECONDS: '600' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('is registered as one job scheduler, even when a second instance boots', async () => {
    const second = await startApp({ COLLECTION_SWEEP_SECONDS: '600', THROUGHLINE_ROLE: 'api' });
    try {
      const queue = app.booted.context.get<Queue>(COLLECTION_QUEUE_TOKEN);
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key).sort()).toEqual([COLLECTION_SWEEP, 'digest-sweep', 'rituals-sweep']);
      expect(schedulers.find((s) => s.key === COLLECTION_SWEEP)).toEqual(expect.objectContaining({ every: 600_000 }));
    } finally {
      await second.close();
    }
  });

  it('runs a sweep job through Redis and records the run in Postgres', async () => {
    const jobId = await app.booted.context.get(CollectionScheduler).sweepNow();
    expect(jobId).not.toBe('');

    const admin = await asAdmin(app);
    const run = await eventually(async () => {
      const { body } = await admin.get<JobRunResponse[]>('/api/system/job-runs?job=collection-sweep&limit=20');
      return body.find((r) => r.outcome === 'succeeded' && r.id && r.detail && r.durationMs !== null);
    });
    expect(run.job).toBe(COLLECTION_SWEEP);
    expect(run.detail).toMatch(/^0 due, 0 queued \(as of \d{4}-\d{2}-\d{2}T\d{2}:\d{2}\)$/);

    // The job really went through Redis: its keys live under this run's prefix.
    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`${process.env['IT_QUEUE_PREFIX']}:collection:*`);
      expect(keys.length).toBeGreaterThan(0);
    } finally {
      redis.disconnect();
    }
  });
});
