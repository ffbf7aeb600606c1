import type { Entry } from '../support/access-matrix.js';

/** Access of the accountability feature's API routes (see authorization-matrix.spec.ts). */
export const ROUTES: Record<string, Entry> = {
  // Internal reads, like the action plan they summarise: every signed-in role may review them.
  'GET /api/accountability': { allow: 'signed-in' },
  'GET /api/accountability/items': { allow: 'signed-in' },
};
