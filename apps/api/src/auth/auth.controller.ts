import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Inject, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { type Actor, currentRequest } from '../http/request-context.js';
import { Allow, Public, SignedIn } from './access.js';
import { type MeResponse, LoginDto, ResetRequestDto, SetPasswordDto } from './auth.dto.js';
import { SESSION_COOKIE, clearSessionCookies, readCookies, setSessionCookies } from './cookies.js';
import { PasswordsService } from './passwords.service.js';
import { RateLimitService } from './rate-limit.service.js';
import { SessionsService } from './sessions.service.js';

const WINDOW_SECONDS = 15 * 60;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly passwords: PasswordsService,
    private readonly limits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins for this account or from this address' })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MeResponse> {
    const accountKey = `login:account:${body.email}`;
    const ipKey = `login:ip:${req.ip ?? 'unknown'}`;
    const [account, ip] = await Promise.all([this.limits.peek(accountKey), this.limits.peek(ipKey)]);
    const blocked = [
      [account, this.config.auth.loginFailuresPerAccount],
      [ip, this.config.auth.loginFailuresPerIp],
    ].find(([count, max]) => (count as { hits: number }).hits >= (max as number));
    if (blocked) {
      const retry = (blocked[0] as { retryAfterSeconds: number }).retryAfterSeconds;
      res.setHeader('Retry-After', String(retry));
      throw new HttpException({ statusCode: 429, error: 'Too Many Requests', message: `Too many failed sign-ins: try again in ${Math.ceil(retry / 60)} min` }, HttpStatus.TOO_MANY_REQUESTS);
    }
    const personId = await this.passwords.verify(body.email, body.password);
    if (!personId) {
      await Promise.all([this.limits.hit(accountKey, WINDOW_SECONDS), this.limits.hit(ipKey, WINDOW_SECONDS)]);
      throw new HttpException({ statusCode: 401, error: 'Unauthorized', message: 'Wrong email or password' }, HttpStatus.UNAUTHORIZED);
    }
    await this.limits.reset(accountKey);
    const session = await this.sessions.create(personId, req);
    setSessionCookies(res, { secure: this.sessions.secureFor(req) }, session.id, session.csrfToken, this.sessions.absoluteMs);
    const resolved = await this.sessions.resolve(session.id);
    return toMe(resolved?.actor ?? { personId, name: '', email: body.email, roles: [] });
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const id = readCookies(req)[SESSION_COOKIE];
    if (id) await this.sessions.destroy(id);
    clearSessionCookies(res, { secure: this.sessions.secureFor(req) });
  }

  @Get('me')
  @SignedIn()
  me(): MeResponse {
    const actor = currentRequest()?.actor;
    if (!actor) throw new HttpException('Sign in to continue', HttpStatus.UNAUTHORIZED);
    return toMe(actor);
  }

  @Get('providers')
  @Public()
  providers(): { password: true; oidc: { label: string } | null } {
    return { password: true, oidc: this.config.auth.oidc ? { label: this.config.auth.oidc.label } : null };
  }

  /** Always 202, whether or not the address has an account: the answer must not reveal who has one. */
  @Post('password-reset')
  @Public()
  @HttpCode(202)
  async requestReset(@Body() body: ResetRequestDto, @Req() req: Request): Promise<{ accepted: true }> {
    const count = await this.limits.hit(`reset:ip:${req.ip ?? 'unknown'}`, WINDOW_SECONDS);
    if (count > this.config.auth.loginFailuresPerIp) {
      throw new HttpException({ statusCode: 429, error: 'Too Many Requests', message: 'Too many reset requests: try again later' }, 429);
    }
    const personId = await this.passwords.personIdFor(body.email);
    if (personId) await this.passwords.issue(personId, 'reset');
    return { accepted: true };
  }

  @Post('password')
  @Public()
  @HttpCode(204)
  async setPassword(@Body() body: SetPasswordDto): Promise<void> {
    await this.passwords.redeem(body.token, body.password);
  }
}

@ApiTags('people')
@Controller('people')
export class InvitationsController {
  constructor(private readonly passwords: PasswordsService) {}

  /** Emails a one-time link to set a password; without SMTP the link comes back to the admin to pass on. */
  @Post(':id/invite')
  @Allow([])
  @HttpCode(200)
  invite(@Param('id', ParseUUIDPipe) id: string): Promise<{ sent: boolean; link?: string; expiresAt: string }> {
    return this.passwords.issue(id, 'invite');
  }
}

function toMe(actor: Pick<Actor, 'personId' | 'name' | 'email' | 'roles'>): MeResponse {
  return { personId: actor.personId, name: actor.name, email: actor.email, roles: actor.roles };
}
