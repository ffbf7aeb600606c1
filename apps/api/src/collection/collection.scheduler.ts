import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import {
  COLLECTION_JOB_DEFAULTS,
  COLLECTION_QUEUE_TOKEN,
  COLLECTION_SWEEP,
  type CollectionJobData,
} from './collection.queue.js';

/**
 * Registers the collection sweep at boot. Every instance does this: `upsertJobScheduler` is an upsert, so N
 * instances still give one schedule, and a wiped Redis gets it back at the next boot.
 */
@Injectable()
export class CollectionScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(CollectionScheduler.name);

  constructor(
    @Inject(COLLECTION_QUEUE_TOKEN) private readonly queue: Queue<CollectionJobData>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.queue.sweepEverySeconds * 1000;
    await this.queue.upsertJobScheduler(
      COLLECTION_SWEEP,
      { every },
      { name: COLLECTION_SWEEP, data: { trigger: 'schedule' }, opts: COLLECTION_JOB_DEFAULTS },
    );
    this.logger.log(`job scheduler ${COLLECTION_SWEEP} registered (every ${this.config.queue.sweepEverySeconds} s)`);
  }

  /** Enqueues one sweep now; returns the queue's job id. */
  async sweepNow(): Promise<string> {
    const job = await this.queue.add(COLLECTION_SWEEP, { trigger: 'manual' }, COLLECTION_JOB_DEFAULTS);
    return job.id ?? '';
  }
}
