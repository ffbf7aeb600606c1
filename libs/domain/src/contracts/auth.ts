/** Contracts of sign-in: the roles of the district and who is signed in. */
export const ROLES = ['admin', 'cabinet', 'owner', 'steward', 'board'] as const;
export type Role = (typeof ROLES)[number];

/** `GET /api/auth/me` and the answer of `POST /api/auth/login`. */
export interface SignedInPerson {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly Role[];
}

/** `GET /api/auth/providers`: which ways to sign in this server offers. */
export interface AuthProviders {
  readonly password: true;
  readonly oidc: { readonly label: string } | null;
}
