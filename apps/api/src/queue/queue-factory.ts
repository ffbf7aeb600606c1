import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  Queue,
  type QueueOptions,
  Worker,
  type Processor,
  type WorkerOptions,
  createPostgresBackend,
  withBackend,
} from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { INFRASTRUCTURE, type Infrastructure } from '../infra/infrastructure.js';

const postgresClasses = withBackend(createPostgresBackend);

/**
 * Builds BullMQ queues and workers on whichever engine boot chose: Redis, or BullMQ's Postgres backend in the
 * application database. Callers own what they create and close it on shutdown.
 */
@Injectable()
export class QueueFactory implements OnApplicationShutdown {
  private readonly logger = new Logger(QueueFactory.name);
  private readonly redisClients: Redis[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
  ) {}

  createQueue<D>(name: string): Queue<D> {
    const queue =
      this.infra.queue.backend === 'redis'
        ? new Queue<D>(name, { prefix: this.config.queue.prefix, connection: this.redis() })
        : (new postgresClasses.Queue<D>(name, {
            prefix: this.config.queue.prefix,
            connection: this.postgres(),
          } as QueueOptions<never>) as unknown as Queue<D>);
    // Without a listener BullMQ prints connection errors to the console; /api/health reports the outage instead.
    queue.on('error', (error: Error) => this.logger.warn(`queue ${name}: ${error.message}`));
    return queue;
  }

  createWorker<D>(name: string, processor: Processor<D>, options: Partial<WorkerOptions> = {}): Worker<D> {
    const base = { prefix: this.config.queue.prefix, autorun: false, ...options };
    if (this.infra.queue.backend === 'redis') {
      return new Worker<D>(name, processor, { ...base, connection: this.redis() });
    }
    // LISTEN/NOTIFY does not cross connections on embedded PGlite, so a worker there polls every 200 ms.
    const worker = new postgresClasses.Worker<D>(name, processor as never, {
      drainDelay: 0.2,
      ...base,
      connection: this.postgres(),
    } as WorkerOptions<never>);
    return worker as unknown as Worker<D>;
  }

  private redis(): Redis {
    // BullMQ requires maxRetriesPerRequest: null for blocking worker connections.
    const client = new Redis(this.infra.queue.redisUrl ?? '', { maxRetriesPerRequest: null });
    this.redisClients.push(client);
    return client;
  }

  /** BullMQ leaves caller-owned Redis clients open; this module is global, so it closes after every queue user. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.redisClients.map((client) => client.quit().catch(() => client.disconnect())));
  }

  private postgres() {
    return {
      connectionString: this.infra.database.url,
      schema: this.infra.queue.postgresSchema,
      max: 4,
      migrate: true,
    };
  }
}
