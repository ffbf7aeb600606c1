import { CABINET, type Entry, anyId } from '../support/access-matrix.js';

/** Access of the public feature's API routes (see authorization-matrix.spec.ts). */
export const ROUTES: Record<string, Entry> = {
  // The community's page: anyone, no account (404 when the district switched it off).
  'GET /api/public/plan': { allow: 'public' },
  'GET /api/public/goals/:id': { allow: 'public', id: (t) => t.goalId },
  // An empty body: allowed in, then 400, so nothing is stored and the per-address limit is not spent.
  'POST /api/public/goals/:id/feedback': { allow: 'public', id: (t) => t.goalId, body: () => ({}) },
  // The feedback inbox and what is published: the cabinet (and admins); not owners, stewards or the board.
  'GET /api/feedback': { allow: CABINET },
  'PATCH /api/feedback/:id': { allow: CABINET, id: anyId, body: () => ({ read: true }) },
  'GET /api/community': { allow: CABINET },
};
