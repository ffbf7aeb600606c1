import { SetMetadata } from '@nestjs/common';
import type { Role } from '../http/request-context.js';

/** A named object-level check (see ownership.ts): may this person change this very record? */
export type OwnershipCheck =
  | 'priority' | 'goal' | 'strategy' | 'goal-parent' | 'strategy-parent'
  | 'metric' | 'metric-parent'
  | 'tactic' | 'tactic-parent' | 'milestone' | 'milestone-parent'
  | 'measurements'
  | 'source'
  | 'action-item';

/**
 * Who may call a route. Every route declares one; a route without a rule is refused (fail closed) and fails
 * the authorization matrix test.
 */
export type AccessRule =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'roles'; readonly roles: readonly Role[]; readonly owns?: { readonly roles: readonly Role[]; readonly check: OwnershipCheck } };

export const ACCESS_RULE = 'throughline:access';

/** Anyone, signed in or not (health, sign-in, the public page). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any signed-in district user: admin, cabinet, owner, steward or board (all internal reads). */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);

/** Admins always; the other roles listed; and, when `owns` is given, those roles on the records they own. */
export const Allow = (roles: readonly Role[], owns?: { roles: readonly Role[]; check: OwnershipCheck }) =>
  SetMetadata(ACCESS_RULE, { kind: 'roles', roles: ['admin', ...roles], ...(owns ? { owns } : {}) } satisfies AccessRule);
