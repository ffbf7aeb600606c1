import type { Entry } from '../support/access-matrix.js';

/** Access of the action-plan feature's API routes (see authorization-matrix.spec.ts): reads for every signed-in role. */
export const ROUTES: Record<string, Entry> = {
  'GET /api/action-plan/milestones': { allow: 'signed-in' },
  'GET /api/action-plan/people': { allow: 'signed-in' },
  'GET /api/action-plan/export': { allow: 'signed-in' },
};
