import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { SKIP_SIGN_IN_REDIRECT } from './auth-api';
import { AuthStore } from './auth-store';
import { signInTree } from './sign-in-redirect';

/** True when a failed API call means the session is gone and the person must sign in again. */
export function isSessionLost(url: string, status: number, skip: boolean): boolean {
  if (skip || status !== 401) return false;
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  return path.startsWith('/api/') && !path.startsWith('/api/auth/login');
}

/** On a 401 from the API (session expired or revoked): forget the person and send them to sign in. */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const store = inject(AuthStore);
  const router = inject(Router);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && isSessionLost(req.url, error.status, req.context.get(SKIP_SIGN_IN_REDIRECT))) {
        store.clear();
        const navigation = router.currentNavigation();
        const current = navigation ? router.serializeUrl(navigation.extractedUrl) : router.url;
        void router.navigateByUrl(signInTree(router, current), { replaceUrl: true });
      }
      return throwError(() => error);
    }),
  );
};
