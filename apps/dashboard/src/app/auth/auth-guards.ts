import { inject } from '@angular/core';
import { type CanMatchFn, Router, type UrlSegment } from '@angular/router';
import type { Role } from './auth-api';
import { AuthStore } from './auth-store';
import { safeNext, signInRedirect, signInTree } from './sign-in-redirect';

/** Internal pages: anonymous visitors go to `/login?next=<the page they asked for>`. */
export const requireSignIn: CanMatchFn = async (_route, segments) => {
  const router = inject(Router);
  const person = await inject(AuthStore).load();
  const navigation = router.currentNavigation();
  const attempted = navigation ? router.serializeUrl(navigation.extractedUrl) : '/' + segments.map((s: UrlSegment) => s.path).join('/');
  return signInRedirect(!!person, attempted) ? signInTree(router, attempted) : true;
};

/** A section for some roles only. When it does not match, the next route with the same path explains why. */
export function requireRole(roles: readonly Role[]): CanMatchFn {
  return async () => {
    const person = await inject(AuthStore).load();
    return !!person && person.roles.some((role) => roles.includes(role));
  };
}

/** The sign-in page is for signed-out visitors; someone already signed in goes straight where they were headed. */
export const signedOutOnly: CanMatchFn = async () => {
  const router = inject(Router);
  const person = await inject(AuthStore).load();
  const next = router.currentNavigation()?.extractedUrl.queryParamMap.get('next');
  return person ? router.parseUrl(safeNext(next)) : true;
};
