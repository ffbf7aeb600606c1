import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Job, Worker } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { QueueFactory } from '../queue/queue-factory.js';
import { JobRunsService } from '../system/job-runs.service.js';
import { COLLECTION_QUEUE, COLLECTION_SWEEP, type CollectionJobData, type CollectionJobName } from './collection.queue.js';

/** Runs collection jobs when this process has the worker role (`all` or `worker`). */
@Injectable()
export class CollectionProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(CollectionProcessor.name);
  private worker: Worker<CollectionJobData> | undefined;

  constructor(
    private readonly queues: QueueFactory,
    private readonly runs: JobRunsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.role === 'api') return;
    this.worker = this.queues.createWorker<CollectionJobData>(COLLECTION_QUEUE, (job) => this.process(job), {
      concurrency: 2,
    });
    this.worker.on('failed', (job, error) => this.logger.warn(`job ${job?.name}:${job?.id} failed: ${error.message}`));
    this.worker.on('error', (error) => this.logger.warn(`worker: ${error.message}`));
    void this.worker.run();
    this.logger.log(`worker listening on queue ${COLLECTION_QUEUE}`);
  }

  /** Lets the running job finish, then stops taking new ones (SIGTERM, deploys). */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.worker) return;
    await this.worker.close();
    this.logger.log('worker closed after its running jobs finished');
  }

  async process(job: Job<CollectionJobData>): Promise<string> {
    const name = job.name as CollectionJobName;
    switch (name) {
      case COLLECTION_SWEEP:
        return this.runs.record(COLLECTION_SWEEP, job.id ?? null, async () => 'no data sources are configured yet');
      default: {
        const unknown: never = name;
        throw new Error(`unknown collection job ${String(unknown)}`);
      }
    }
  }
}
