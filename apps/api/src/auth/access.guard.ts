import {
  type CanActivate, type ExecutionContext, ForbiddenException, Injectable, Logger, UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Db } from '../database/db.js';
import { currentRequest } from '../http/request-context.js';
import { ACCESS_RULE, type AccessRule } from './access.js';
import { SESSION_COOKIE, XSRF_HEADER, readCookies } from './cookies.js';
import { ownsTarget } from './ownership.js';
import { SessionsService } from './sessions.service.js';
import { sameSecret } from './secrets.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Enforced on every route (global guard): who the caller is (session cookie), whether the route lets them in
 * (its AccessRule), CSRF on every state-changing request made with a session, and object-level ownership.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly db: Db,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<Request>();
    if (!rule) {
      this.logger.error(`route ${req.method} ${req.route?.path ?? req.path} has no access rule: refused`);
      throw new ForbiddenException('This route has no access rule');
    }
    const sessionId = readCookies(req)[SESSION_COOKIE];
    const session = sessionId ? await this.sessions.resolve(sessionId) : undefined;
    const state = currentRequest();
    if (session && state) state.actor = session.actor;
    if (rule.kind === 'public') return true;
    if (!session) throw new UnauthorizedException('Sign in to continue');

    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers[XSRF_HEADER];
      if (typeof header !== 'string' || !sameSecret(header, session.csrfToken)) {
        throw new ForbiddenException('Missing or wrong CSRF token (X-XSRF-TOKEN): reload the page and try again');
      }
    }
    const { roles } = session.actor;
    if (rule.kind === 'signed-in') {
      if (roles.length) return true;
      throw new ForbiddenException('Your account has no role in Throughline yet: ask an administrator');
    }
    if (rule.roles.some((r) => roles.includes(r))) return true;
    if (rule.owns && rule.owns.roles.some((r) => roles.includes(r))) {
      if (await ownsTarget(rule.owns.check, this.db, session.actor.personId, req)) return true;
      throw new ForbiddenException('You can change only what you own or contribute to');
    }
    throw new ForbiddenException('Your role does not allow this');
  }
}
