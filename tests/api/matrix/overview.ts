import { type Entry, anyId } from '../support/access-matrix.js';

/** Access of the overview feature's API routes (see authorization-matrix.spec.ts). */
export const ROUTES: Record<string, Entry> = {
  'GET /api/plans/:id/sparklines': { allow: 'signed-in', id: anyId },
};
