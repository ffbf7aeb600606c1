import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueFactory } from '../queue/queue-factory.js';
import { RemindersModule } from '../reminders/reminders.module.js';
import { SystemModule } from '../system/system.module.js';
import { CollectionProcessor } from './collection.processor.js';
import { COLLECTION_QUEUE, COLLECTION_QUEUE_TOKEN } from './collection.queue.js';
import { CollectionQueue } from './collection.queue-service.js';
import { CollectionScheduler } from './collection.scheduler.js';
import { CollectionRunner } from './collection-runner.js';
import { CollectionSweepService } from './collection-sweep.service.js';
import { FailureNotifier } from './failure-notifier.js';
import { SourceSecretsService } from './source-secrets.js';
import { RunsController, SourcesController } from './sources.controller.js';
import { SourcesService } from './sources.service.js';

@Module({
  imports: [SystemModule, RemindersModule],
  controllers: [SourcesController, RunsController],
  providers: [
    {
      provide: COLLECTION_QUEUE_TOKEN,
      inject: [QueueFactory],
      useFactory: (queues: QueueFactory) => queues.createQueue(COLLECTION_QUEUE),
    },
    CollectionQueue,
    CollectionScheduler,
    CollectionProcessor,
    CollectionRunner,
    CollectionSweepService,
    FailureNotifier,
    SourceSecretsService,
    SourcesService,
  ],
  exports: [COLLECTION_QUEUE_TOKEN, CollectionScheduler, CollectionQueue],
})
export class CollectionModule implements OnApplicationShutdown {
  constructor(@Inject(COLLECTION_QUEUE_TOKEN) private readonly queue: Queue) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
