import type { Entry } from '../support/access-matrix.js';

/** Access of the my-work feature's API routes (see authorization-matrix.spec.ts). */
export const ROUTES: Record<string, Entry> = {
  // Everyone signed in has their own work (possibly none); the answer is always about the caller.
  'GET /api/my-work': { allow: 'signed-in' },
};
