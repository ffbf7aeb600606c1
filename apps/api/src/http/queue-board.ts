import type { INestApplication } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { SESSION_COOKIE, readCookies } from '../auth/cookies.js';
import { SessionsService } from '../auth/sessions.service.js';

const BASE = '/api/admin/queues';

/**
 * Bull Board for admins at /api/admin/queues. It is an Express sub-app, outside Nest's router, so it checks the
 * session itself: admins only. Its own page needs inline scripts, so it gets a CSP of its own; its actions are
 * same-site requests (SameSite=Lax cookies) and carry no XSRF header.
 */
export function mountQueueBoard(app: INestApplication, queues: readonly Queue[]): void {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(BASE);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter: adapter });
  const sessions = app.get(SessionsService);
  app.use(BASE, async (req: Request, res: Response, next: NextFunction) => {
    const id = readCookies(req)[SESSION_COOKIE];
    const session = id ? await sessions.resolve(id) : undefined;
    if (!session) return void res.status(401).json({ statusCode: 401, message: 'Sign in to continue' });
    if (!session.actor.roles.includes('admin')) return void res.status(403).json({ statusCode: 403, message: 'Administrators only' });
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
    );
    next();
  });
  app.use(BASE, adapter.getRouter());
}
