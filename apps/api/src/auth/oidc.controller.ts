import { Controller, Get, Logger, NotFoundException, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { Public } from './access.js';
import { readCookies, setSessionCookies } from './cookies.js';
import { OidcService, ProviderUnavailableError, decodePending, encodePending } from './oidc.service.js';
import { SessionsService } from './sessions.service.js';

const OIDC_COOKIE = 'tl_oidc';
const OIDC_COOKIE_MS = 10 * 60_000;

/** Browser navigations, not XHR: every answer is a redirect or a small HTML page. */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger(OidcController.name);

  constructor(
    private readonly oidc: OidcService,
    private readonly sessions: SessionsService,
  ) {}

  @Get('login')
  @Public()
  async login(@Query('next') next: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.requireEnabled();
    let started;
    try {
      started = await this.oidc.begin(next);
    } catch (error) {
      if (!(error instanceof ProviderUnavailableError)) throw error;
      return sendPage(res, 502, 'Sign-in is unavailable', ['The district sign-in service could not be reached. Please try again in a few minutes.']);
    }
    res.cookie(OIDC_COOKIE, encodePending(started.pending), { ...this.cookieOptions(req), maxAge: OIDC_COOKIE_MS });
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, started.url);
  }

  @Get('callback')
  @Public()
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.requireEnabled();
    const pending = decodePending(readCookies(req)[OIDC_COOKIE]);
    // One attempt, one use: whatever happens next, the state, nonce and verifier are spent.
    res.clearCookie(OIDC_COOKIE, this.cookieOptions(req));
    const search = new URL(req.originalUrl, 'http://callback.invalid').search;
    let outcome;
    try {
      outcome = await this.oidc.complete(search, pending);
    } catch (error) {
      if (!(error instanceof ProviderUnavailableError)) throw error;
      return sendPage(res, 502, 'Sign-in is unavailable', ['The district sign-in service could not be reached. Please try again in a few minutes.']);
    }
    switch (outcome.kind) {
      case 'signed-in': {
        const session = await this.sessions.create(outcome.personId, req);
        setSessionCookies(res, { secure: this.sessions.secureFor(req) }, session.id, session.csrfToken, this.sessions.absoluteMs);
        this.logger.log(`OIDC sign-in for person ${outcome.personId}`);
        res.setHeader('Cache-Control', 'no-store');
        return res.redirect(302, outcome.next);
      }
      case 'unknown-person':
        this.logger.warn(`OIDC sign-in refused: no active person with the email ${outcome.email}`);
        return sendPage(res, 403, 'No Throughline account', [
          `You signed in as <strong>${escapeHtml(outcome.email)}</strong>, but Throughline has no active account for that address.`,
          'To get access, ask your district administrator to add you.',
        ]);
      case 'no-verified-email':
        this.logger.warn('OIDC sign-in refused: the provider sent no verified email address');
        return sendPage(res, 403, 'No verified email address', [
          'Your sign-in provider did not share a verified email address, so Throughline cannot tell who you are.',
          'Ask your district administrator to add you, or to check the single sign-on settings.',
        ]);
      case 'failed':
        this.logger.warn(`OIDC sign-in failed: ${outcome.reason}`);
        return sendPage(res, 400, 'Sign-in did not complete', [
          'The sign-in could not be completed. It may have expired or been started in another window.',
          'Please start again.',
        ]);
      default: {
        const unreachable: never = outcome;
        throw new Error(`unhandled sign-in outcome ${String(unreachable)}`);
      }
    }
  }

  private requireEnabled(): void {
    if (!this.oidc.enabled) {
      throw new NotFoundException('Single sign-on is not configured on this server: sign in with your email and password');
    }
  }

  private cookieOptions(req: Request): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.sessions.secureFor(req), path: '/api/auth/oidc' };
  }
}

/** A small standalone page (the dashboard is not involved) with the way back to sign-in; paragraphs are trusted HTML. */
function sendPage(res: Response, status: number, title: string, paragraphsHtml: readonly string[]): void {
  res.status(status).type('html').setHeader('Cache-Control', 'no-store');
  res.send(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Throughline</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;color:#1b1b1f;margin:0}main{max-width:36rem;margin:4rem auto;padding:0 1.5rem}a{color:#0b57d0}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${paragraphsHtml.map((p) => `<p>${p}</p>`).join('\n')}
<p><a href="/login">Back to sign in</a></p>
</main>
</body>
</html>
`);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
