import { HttpClient, HttpContext, HttpContextToken } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';

import type { AuthProviders, SignedInPerson } from '@throughline/domain';

export type { AuthProviders, Role, SignedInPerson } from '@throughline/domain';

/** Set on requests whose 401 is an answer, not an expired session (see auth-interceptor.ts). */
export const SKIP_SIGN_IN_REDIRECT = new HttpContextToken<boolean>(() => false);

/** A 401 here means "wrong password" or "not signed in yet", never "session expired": no redirect. */
const QUIET = { context: new HttpContext().set(SKIP_SIGN_IN_REDIRECT, true) };

/**
 * Typed access to the sign-in endpoints. Observables rather than httpResource: this service ships in the initial
 * bundle (the store needs it at start-up) and httpResource would pull Angular's resource code in with it.
 */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  me(): Observable<SignedInPerson> {
    return this.http.get<SignedInPerson>('/api/auth/me', QUIET);
  }

  login(email: string, password: string): Observable<SignedInPerson> {
    return this.http.post<SignedInPerson>('/api/auth/login', { email, password }, QUIET);
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null, QUIET);
  }

  /** Which ways to sign in the server offers (the password form always; single sign-on when configured). */
  providers(): Observable<AuthProviders> {
    return this.http.get<AuthProviders>('/api/auth/providers');
  }

  requestReset(email: string): Observable<unknown> {
    return this.http.post('/api/auth/password-reset', { email });
  }

  setPassword(token: string, password: string): Observable<void> {
    return this.http.post<void>('/api/auth/password', { token, password });
  }
}

/** Where the single sign-on button goes: a full page navigation, since the provider's pages are not ours. */
export function oidcLoginHref(next: string): string {
  return `/api/auth/oidc/login?next=${encodeURIComponent(next)}`;
}
