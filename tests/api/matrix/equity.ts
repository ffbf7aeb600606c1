import type { Entry } from '../support/access-matrix.js';

/** Access of the equity feature's API routes (see authorization-matrix.spec.ts). */
export const ROUTES: Record<string, Entry> = {
  // Every internal role reads the equity report (suppressed on the server); nobody signed out does.
  'GET /api/equity': { allow: 'signed-in' },
};
