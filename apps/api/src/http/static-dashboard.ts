import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

/**
 * Serves the built dashboard from the API's port: hashed assets cached for a year, everything else that is not
 * `/api` answered with index.html so deep links (`/results/…`) work after a reload.
 */
export function serveDashboard(app: INestApplication, staticDir: string): boolean {
  const root = resolve(staticDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (isApi(req) || !isPageRequest(req)) return next();
      res.status(503).type('text/plain').send(`The dashboard is not built (no ${index}). Run: npm start`);
    });
    return false;
  }
  app.use(
    express.static(root, {
      index: false,
      setHeaders: (res, path) => {
        const hashed = /-[A-Z0-9]{8,}\.(js|css|woff2?)$/.test(path);
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isApi(req) || !isPageRequest(req)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

function isApi(req: Request): boolean {
  return req.path === '/api' || req.path.startsWith('/api/');
}

function isPageRequest(req: Request): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}
