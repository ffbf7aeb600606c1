import type { Router, UrlTree } from '@angular/router';

export const SIGN_IN_PATH = '/login';
/** Pages anyone may open; everything else needs a session. */
const PUBLIC_PATHS = [SIGN_IN_PATH, '/forgot-password', '/set-password'];

/**
 * Only a path on this site may be a `next`: `//evil.example` or `https://…` would turn the sign-in page into an
 * open redirect, so anything else falls back to the overview.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return isPublicPath(next) ? '/' : next;
}

export function isPublicPath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0];
  return PUBLIC_PATHS.includes(path);
}

/** Where the guard sends a visitor: nowhere (null) when signed in, else to sign in and back to `attemptedUrl`. */
export function signInRedirect(signedIn: boolean, attemptedUrl: string): { path: string; next?: string } | null {
  if (signedIn) return null;
  const next = safeNext(attemptedUrl);
  return next === '/' ? { path: SIGN_IN_PATH } : { path: SIGN_IN_PATH, next };
}

/** `/login?next=<url>` as a router tree. */
export function signInTree(router: Router, attemptedUrl: string): UrlTree {
  const target = signInRedirect(false, attemptedUrl) ?? { path: SIGN_IN_PATH };
  return router.createUrlTree([target.path], target.next ? { queryParams: { next: target.next } } : {});
}
