import { UnrecoverableError } from 'bullmq';

/** Worth retrying: the network, a timeout, a 5xx. BullMQ retries these with exponential backoff. */
export class TransientSourceError extends Error {}

/**
 * Retrying will not help: a 4xx, a mapping or parse error, an SQL error. BullMQ's UnrecoverableError fails the job
 * at once, whatever attempts remain.
 */
export class PermanentSourceError extends UnrecoverableError {}
