import { ACTORS, CABINET, type Entry, anyId } from '../support/access-matrix.js';

/** Access of the scorecards feature's API routes (see authorization-matrix.spec.ts). */
export const ROUTES: Record<string, Entry> = {
  // Every internal role (the board above all) reads the scorecards, already suppressed on the server.
  'GET /api/scorecards': { allow: 'signed-in' },
  'GET /api/scorecards/quarter': { allow: 'signed-in' },
  'GET /api/scorecards/quarter/pdf': { allow: 'signed-in' },
  'GET /api/scorecards/quarter/xlsx': { allow: 'signed-in' },
  // Cabinet and admins set the board meeting of a quarter.
  'POST /api/scorecards': { allow: CABINET, body: () => ({}) },
  'PATCH /api/scorecards/:id': { allow: CABINET, id: anyId, body: () => ({}) },
  // Goal owners write their goal's narrative (the service refuses other goals: scorecards.spec.ts).
  'PUT /api/scorecards/:id/narratives': { allow: ACTORS, id: anyId, body: () => ({}) },
};
