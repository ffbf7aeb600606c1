import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueFactory } from '../queue/queue-factory.js';
import { SystemModule } from '../system/system.module.js';
import { CollectionProcessor } from './collection.processor.js';
import { COLLECTION_QUEUE, COLLECTION_QUEUE_TOKEN } from './collection.queue.js';
import { CollectionScheduler } from './collection.scheduler.js';

@Module({
  imports: [SystemModule],
  providers: [
    {
      provide: COLLECTION_QUEUE_TOKEN,
      inject: [QueueFactory],
      useFactory: (queues: QueueFactory) => queues.createQueue(COLLECTION_QUEUE),
    },
    CollectionScheduler,
    CollectionProcessor,
  ],
  exports: [COLLECTION_QUEUE_TOKEN, CollectionScheduler],
})
export class CollectionModule implements OnApplicationShutdown {
  constructor(@Inject(COLLECTION_QUEUE_TOKEN) private readonly queue: Queue) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
