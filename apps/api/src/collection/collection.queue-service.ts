import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { COLLECT, COLLECTION_QUEUE_TOKEN, COLLECTION_SWEEP, type CollectionJobData, DIGEST_SWEEP, RITUALS_CRON, RITUALS_SWEEP, SWEEP_JOB_DEFAULTS, collectJobId } from './collection.queue.js';

/** Everything that puts work on the collection queue. */
@Injectable()
export class CollectionQueue {
  constructor(
    @Inject(COLLECTION_QUEUE_TOKEN) private readonly queue: Queue<CollectionJobData>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every scheduler; an upsert, so every instance may call it at boot and after a Redis wipe. */
  async ensureSchedulers(timeZone: string): Promise<void> {
    await this.queue.upsertJobScheduler(
      COLLECTION_SWEEP,
      { every: this.config.queue.sweepEverySeconds * 1000 },
      { name: COLLECTION_SWEEP, data: { trigger: 'schedule' }, opts: SWEEP_JOB_DEFAULTS },
    );
    await this.queue.upsertJobScheduler(
      DIGEST_SWEEP,
      { pattern: this.config.reminders.digestCron, tz: timeZone },
      { name: DIGEST_SWEEP, data: { trigger: 'schedule' }, opts: SWEEP_JOB_DEFAULTS },
    );
    await this.queue.upsertJobScheduler(
      RITUALS_SWEEP,
      { pattern: RITUALS_CRON, tz: timeZone },
      { name: RITUALS_SWEEP, data: { trigger: 'schedule' }, opts: SWEEP_JOB_DEFAULTS },
    );
  }

  async schedulersPresent(): Promise<boolean> {
    return (await this.queue.getJobScheduler(COLLECTION_SWEEP)) !== undefined;
  }

  /** One job per (source, period): a duplicate enqueue of the same run is a no-op. */
  async enqueueRun(runId: string, sourceId: string, period: string): Promise<void> {
    const { attempts, backoffMs } = this.config.collection;
    await this.queue.add(COLLECT, { runId }, {
      jobId: collectJobId(sourceId, period),
      attempts,
      backoff: { type: 'exponential', delay: backoffMs },
      removeOnComplete: { count: 1_000 },
      removeOnFail: { count: 5_000 },
    });
  }

  async sweepNow(): Promise<string> {
    return (await this.queue.add(COLLECTION_SWEEP, { trigger: 'manual' }, SWEEP_JOB_DEFAULTS)).id ?? '';
  }

  async digestNow(): Promise<string> {
    return (await this.queue.add(DIGEST_SWEEP, { trigger: 'manual' }, SWEEP_JOB_DEFAULTS)).id ?? '';
  }

  async ritualsNow(): Promise<string> {
    return (await this.queue.add(RITUALS_SWEEP, { trigger: 'manual' }, SWEEP_JOB_DEFAULTS)).id ?? '';
  }
}
