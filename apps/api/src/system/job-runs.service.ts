import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { JobRunResponse } from '@throughline/domain';
import { JobRunEntity } from './job-run.entity.js';

/** Records each background job's run in Postgres: the run history outlives the queue and survives a Redis wipe. */
@Injectable()
export class JobRunsService {
  constructor(@InjectRepository(JobRunEntity) private readonly repository: Repository<JobRunEntity>) {}

  async record(job: string, queueJobId: string | null, work: () => Promise<string>): Promise<string> {
    const run = await this.repository.save(
      this.repository.create({ job, queueJobId, outcome: 'running', startedAt: new Date(), finishedAt: null, detail: null }),
    );
    try {
      const detail = await work();
      await this.repository.update(run.id, { outcome: 'succeeded', finishedAt: new Date(), detail });
      return detail;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      await this.repository.update(run.id, { outcome: 'failed', finishedAt: new Date(), detail });
      throw error;
    }
  }

  async recent(job: string | undefined, limit: number): Promise<JobRunResponse[]> {
    const rows = await this.repository.find({
      where: job ? { job } : {},
      order: { startedAt: 'DESC' },
      take: limit,
    });
    return rows.map(toJobRunResponse);
  }
}

export function toJobRunResponse(run: JobRunEntity): JobRunResponse {
  return {
    id: run.id,
    job: run.job,
    outcome: run.outcome,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null,
    detail: run.detail,
  };
}
