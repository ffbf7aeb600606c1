import {
  type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap,
} from '@nestjs/common';
import { type Job, UnrecoverableError, type Worker } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { QueueFactory } from '../queue/queue-factory.js';
import { DigestService } from '../reminders/digest.service.js';
import { DailyTasks } from '../rituals/daily-tasks.js';
import { JobRunsService } from '../system/job-runs.service.js';
import { COLLECT, COLLECTION_QUEUE, COLLECTION_SWEEP, type CollectionJobData, type CollectionJobName, DIGEST_SWEEP, RITUALS_SWEEP } from './collection.queue.js';
import { CollectionRunner } from './collection-runner.js';
import { CollectionSweepService } from './collection-sweep.service.js';
import { FailureNotifier } from './failure-notifier.js';

/** Runs collection jobs when this process has the worker role (`all` or `worker`). */
@Injectable()
export class CollectionProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(CollectionProcessor.name);
  private worker: Worker<CollectionJobData> | undefined;

  constructor(
    private readonly queues: QueueFactory,
    private readonly runs: JobRunsService,
    private readonly sweeps: CollectionSweepService,
    private readonly runner: CollectionRunner,
    private readonly digests: DigestService,
    private readonly notifier: FailureNotifier,
    private readonly dailyTasks: DailyTasks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.role === 'api') return;
    this.worker = this.queues.createWorker<CollectionJobData>(COLLECTION_QUEUE, (job) => this.process(job), {
      concurrency: 2,
      // A killed worker's job is taken over once its lock lapses (WORKER_LOCK_SECONDS).
      lockDuration: this.config.collection.lockSeconds * 1000,
      stalledInterval: this.config.collection.lockSeconds * 1000,
      maxStalledCount: 3,
    });
    this.worker.on('failed', (job, error) => {
      this.logger.warn(`job ${job?.name}:${job?.id} failed: ${error.message}`);
      // A job BullMQ gives up on without running our handler (stalled too often) still ends its run and tells the steward.
      const gaveUp = job && (job.attemptsMade >= (job.opts.attempts ?? 1) || /stalled more than/.test(error.message));
      if (job?.name === COLLECT && gaveUp) void this.settle((job.data as { runId: string }).runId, error.message);
    });
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
        return this.runs.record(COLLECTION_SWEEP, job.id ?? null, () => this.sweeps.sweep());
      case DIGEST_SWEEP:
        return this.runs.record(DIGEST_SWEEP, job.id ?? null, () => this.digests.sendAll());
      case RITUALS_SWEEP:
        return this.runs.record(RITUALS_SWEEP, job.id ?? null, () => this.dailyTasks.runAll());
      case COLLECT:
        return this.collect(job as Job<{ runId: string }>);
      default: {
        const unknown: never = name;
        throw new Error(`unknown collection job ${String(unknown)}`);
      }
    }
  }

  private async settle(runId: string, reason: string): Promise<void> {
    try {
      if (await this.runner.failIfUnfinished(runId, reason)) await this.notifier.runFailed(runId);
    } catch (error) {
      this.logger.warn(`could not settle run ${runId}: ${(error as Error).message}`);
    }
  }

  private async collect(job: Job<{ runId: string }>): Promise<string> {
    const { runId } = job.data;
    try {
      await this.runner.run(runId, job);
      return `run ${runId} done`;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const last = error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (last) {
        await this.runner.fail(runId, message);
        await this.notifier.runFailed(runId).catch((e: Error) => this.logger.warn(`could not notify the steward: ${e.message}`));
      } else {
        await this.runner.retrying(runId, message);
      }
      throw error;
    }
  }
}
