/** Contracts of the system endpoints (`GET /api/health`, `GET /api/system/job-runs`). */
export type ComponentState = 'up' | 'down';

/** Where the data lives: a configured URL, the local server, or PGlite inside the API process. */
export type DatabaseMode = 'external' | 'local' | 'embedded';

/** Which engine carries the job queue: Redis, or BullMQ's Postgres backend in the same database. */
export type QueueBackend = 'redis' | 'postgres';

export interface HealthResponse {
  readonly status: 'ok' | 'error';
  readonly version: string;
  readonly time: string;
  readonly uptimeSeconds: number;
  readonly database: { readonly status: ComponentState; readonly mode: DatabaseMode; readonly error?: string };
  readonly queue: { readonly status: ComponentState; readonly backend: QueueBackend; readonly error?: string };
}

export type JobRunOutcome = 'running' | 'succeeded' | 'failed';

export interface JobRunResponse {
  readonly id: string;
  readonly job: string;
  readonly outcome: JobRunOutcome;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly durationMs: number | null;
  readonly detail: string | null;
}
