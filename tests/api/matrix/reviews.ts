import { CABINET, type Entry, anyId } from '../support/access-matrix.js';

/** Access of the reviews feature's API routes (see authorization-matrix.spec.ts). */
export const ROUTES: Record<string, Entry> = {
  // Every internal role reads reviews and status history (the board follows the cabinet's work).
  'GET /api/reviews': { allow: 'signed-in' },
  'GET /api/reviews/:id': { allow: 'signed-in', id: anyId },
  'GET /api/plans/:id/status-history': { allow: 'signed-in', id: anyId },
  // The cabinet runs reviews (admins always may); ids are unknown, so allowed callers get 404 and nothing runs.
  'POST /api/reviews': { allow: CABINET, body: () => ({}) },
  'POST /api/reviews/:id/agenda': { allow: CABINET, id: anyId },
  'POST /api/reviews/:id/close': { allow: CABINET, id: anyId },
  'POST /api/reviews/:id/decisions': { allow: CABINET, id: anyId, body: () => ({}) },
  'POST /api/reviews/:id/action-items': { allow: CABINET, id: anyId, body: () => ({}) },
  'PATCH /api/review-items/:id': { allow: CABINET, id: anyId, body: () => ({}) },
  'POST /api/review-items/:id/acknowledgements': { allow: CABINET, id: anyId, body: () => ({}) },
  // The cabinet, and the action item's owner (any role) on their own item: an unknown id is nobody's, so others get 403.
  'PATCH /api/action-items/:id': { allow: CABINET, id: anyId, body: () => ({}) },
};
