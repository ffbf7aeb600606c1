import { JobRunEntity } from '../system/job-run.entity.js';

/** Every entity, listed explicitly for the same reason as the migrations. */
export const ENTITIES = [JobRunEntity];
