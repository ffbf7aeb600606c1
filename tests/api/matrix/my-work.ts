import type { Entry } from '../support/access-matrix.js';

/** Access of the my-work feature's API routes (see authorization-matrix.spec.ts). */
export const ROUTES: Record<string, Entry> = {};
