import type { Role } from './auth-api';

/** Roles as people in a district say them, in the order the toolbar lists them. */
const ROLE_WORDS: Record<Role, string> = {
  admin: 'Administrator',
  cabinet: 'Cabinet',
  owner: 'Principal / owner',
  steward: 'Data steward',
  board: 'Board member',
};
const ORDER: readonly Role[] = ['admin', 'cabinet', 'owner', 'steward', 'board'];

/** "Administrator, Cabinet" for ['cabinet', 'admin']; unknown roles from a newer API are left out. */
export function describeRoles(roles: readonly string[], translate: (text: string) => string = (text) => text): string {
  return ORDER.filter((role) => roles.includes(role))
    .map((role) => translate(ROLE_WORDS[role]))
    .join(', ');
}
