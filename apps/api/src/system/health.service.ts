import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { HealthResponse } from '@throughline/domain';
import { COLLECTION_QUEUE_TOKEN } from '../collection/collection.queue.js';
import { INFRASTRUCTURE, type Infrastructure } from '../infra/infrastructure.js';
import { APP_VERSION } from './version.js';

const CHECK_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(COLLECTION_QUEUE_TOKEN) private readonly queue: Queue,
    @Inject(INFRASTRUCTURE) private readonly infra: Infrastructure,
  ) {}

  async check(): Promise<HealthResponse> {
    const [database, queue] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.queue.getJobCounts('waiting')),
    ]);
    return {
      status: database.status === 'up' && queue.status === 'up' ? 'ok' : 'error',
      version: APP_VERSION,
      time: new Date().toISOString(),
      uptimeSeconds: Math.round(process.uptime()),
      database: { ...database, mode: this.infra.database.mode },
      queue: { ...queue, backend: this.infra.queue.backend },
    };
  }
}

async function probe(check: () => Promise<unknown>): Promise<{ status: 'up' | 'down'; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
