import type { Entry } from '../support/access-matrix.js';

/** Access of the public feature's API routes (see authorization-matrix.spec.ts). */
export const ROUTES: Record<string, Entry> = {};
