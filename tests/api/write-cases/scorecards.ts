import type { FeatureWrites } from '../support/write-cases.js';

/** The write routes of the scorecards feature (filled as the feature is built). */
export const WRITES: FeatureWrites = { cases: {}, steps: [] };
