/** Queue, job names and payloads of collection. Payloads carry IDs only, never data or secrets. */
export const COLLECTION_QUEUE = 'collection';
export const COLLECTION_QUEUE_TOKEN = Symbol('COLLECTION_QUEUE');

/** The job scheduler that asks what is due (sources' schedules live in Postgres). */
export const COLLECTION_SWEEP = 'collection-sweep';
/** One run of one source for one period. */
export const COLLECT = 'collect';
/** The daily reminder digests. */
export const DIGEST_SWEEP = 'digest-sweep';
/** The plan's calendar work once a day (rituals/daily-tasks.ts): monthly snapshot, scorecard requests and archives. */
export const RITUALS_SWEEP = 'rituals-sweep';
/** When the rituals sweep runs, in the district's time zone (before the digests, so they can mention its work). */
export const RITUALS_CRON = '30 5 * * *';

export interface CollectionSweepJob {
  readonly name: typeof COLLECTION_SWEEP;
  readonly data: { readonly trigger: 'schedule' | 'manual' };
}
export interface CollectJob {
  readonly name: typeof COLLECT;
  readonly data: { readonly runId: string };
}
export interface DigestSweepJob {
  readonly name: typeof DIGEST_SWEEP;
  readonly data: { readonly trigger: 'schedule' | 'manual' };
}

export interface RitualsSweepJob {
  readonly name: typeof RITUALS_SWEEP;
  readonly data: { readonly trigger: 'schedule' | 'manual' };
}

export type CollectionJob = CollectionSweepJob | CollectJob | DigestSweepJob | RitualsSweepJob;
export type CollectionJobName = CollectionJob['name'];
export type CollectionJobData = CollectionJob['data'];

export const SWEEP_JOB_DEFAULTS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { count: 200 },
  removeOnFail: { count: 1_000 },
} as const;

/** BullMQ forbids ":" in custom job ids; a slot like 2026-11-05T06:00 becomes collect-<source>-2026-11-05T0600. */
export function collectJobId(sourceId: string, period: string): string {
  return `collect-${sourceId}-${period.replace(/:/g, '')}`;
}
