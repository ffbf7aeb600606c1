import { CreateJobRuns1795564800000 } from './1795564800000-CreateJobRuns.js';

/** Every migration, oldest first. Listed explicitly: no globs, so the ESM build and the tests load the same set. */
export const MIGRATIONS = [CreateJobRuns1795564800000];
