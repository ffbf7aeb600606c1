import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'tl_session';
/** Angular's HttpClient reads this cookie and echoes it in the X-XSRF-TOKEN header (double submit). */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';

export function readCookies(req: Request): Record<string, string> {
  const header = req.headers.cookie ?? '';
  const cookies: Record<string, string> = {};
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    if (name && !(name in cookies)) {
      try {
        cookies[name] = decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        // a malformed cookie is ignored, not an error
      }
    }
  }
  return cookies;
}

export interface CookiePolicy {
  readonly secure: boolean;
}

/** Sets the session cookie (httpOnly) and the XSRF cookie (readable by the dashboard). */
export function setSessionCookies(res: Response, policy: CookiePolicy, sessionId: string, csrfToken: string, maxAgeMs: number): void {
  const base = { sameSite: 'lax' as const, secure: policy.secure, path: '/', maxAge: maxAgeMs };
  res.cookie(SESSION_COOKIE, sessionId, { ...base, httpOnly: true });
  res.cookie(XSRF_COOKIE, csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(res: Response, policy: CookiePolicy): void {
  const base = { sameSite: 'lax' as const, secure: policy.secure, path: '/' };
  res.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
  res.clearCookie(XSRF_COOKIE, base);
}
