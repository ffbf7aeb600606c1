import type { FeatureWrites } from '../support/write-cases.js';

/** The write routes of the reviews feature (filled as the feature is built). */
export const WRITES: FeatureWrites = { cases: {}, steps: [] };
