import type { Entry } from '../support/access-matrix.js';

/** Access of the scorecards feature's API routes (see authorization-matrix.spec.ts). */
export const ROUTES: Record<string, Entry> = {};
