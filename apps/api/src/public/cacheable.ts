import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/**
 * Sends a public body that browsers and the district's CDN may keep for five minutes: a strong ETag (a hash of the
 * exact bytes) and 304 when the client already holds them. No cookie is read or set on these answers.
 */
export function sendCacheable(req: Request, res: Response, body: unknown): void {
  const json = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(json).digest('base64url')}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'public, max-age=300');
  res.setHeader('Vary', 'Accept-Encoding');
  const asked = req.headers['if-none-match'];
  if (typeof asked === 'string' && asked.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    res.status(304).end();
    return;
  }
  res.status(200).type('application/json').send(json);
}
