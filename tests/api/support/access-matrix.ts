import type { Role } from '../../../apps/api/src/http/request-context.js';
import type { PlanFixture } from './plan-fixture.js';

export const UNKNOWN = '00000000-0000-4000-8000-000000000000';
export type Who = 'anonymous' | Role;
export const WHO: readonly Who[] = ['anonymous', 'admin', 'cabinet', 'owner', 'steward', 'board'];
export const INTERNAL: readonly Role[] = ['admin', 'cabinet', 'owner', 'steward', 'board'];

/** The owned records of the setup below, by the id the route needs. */
export interface Targets extends PlanFixture {
  readonly milestone: Record<Role, string>;
  /** A throwaway source of the steward's, for the delete case. */
  readonly spareSource: string;
}

export interface Entry {
  /** Who may call the route: everyone, any signed-in role, or these roles (admin is always among them). */
  readonly allow: 'public' | 'signed-in' | readonly Role[];
  /** The :id the route is called with, for each caller (records they own where the rule is about ownership). */
  readonly id?: (t: Targets, who: Who) => string;
  readonly body?: (t: Targets) => unknown;
}

export const ADMIN: readonly Role[] = ['admin'];
export const CABINET: readonly Role[] = ['admin', 'cabinet'];
export const ACTORS: readonly Role[] = ['admin', 'cabinet', 'owner'];
export const anyId = () => UNKNOWN;
export const STEWARDS: readonly Role[] = ['admin', 'steward'];
/** The steward's own source; admins are sent to an unknown one (allowed, then 404), so nothing really runs twice. */
export const ownSource = (t: Targets, who: Who) => (who === 'steward' ? t.sourceId : UNKNOWN);

