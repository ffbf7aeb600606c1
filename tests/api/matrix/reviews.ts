import type { Entry } from '../support/access-matrix.js';

/** Access of the reviews feature's API routes (see authorization-matrix.spec.ts). */
export const ROUTES: Record<string, Entry> = {};
