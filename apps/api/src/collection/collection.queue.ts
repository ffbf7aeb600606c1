/** Queue, job names and payloads of the collection feature. Payloads carry IDs only, never data or secrets. */
export const COLLECTION_QUEUE = 'collection';
export const COLLECTION_QUEUE_TOKEN = Symbol('COLLECTION_QUEUE');

/** The one job scheduler: it asks what is due and enqueues it (the sweep is empty until data sources exist). */
export const COLLECTION_SWEEP = 'collection-sweep';

export interface CollectionSweepJob {
  readonly name: typeof COLLECTION_SWEEP;
  readonly data: { readonly trigger: 'schedule' | 'manual' };
}

export type CollectionJob = CollectionSweepJob;
export type CollectionJobName = CollectionJob['name'];
export type CollectionJobData = CollectionJob['data'];

export const COLLECTION_JOB_DEFAULTS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { count: 200 },
  removeOnFail: { count: 1_000 },
} as const;
