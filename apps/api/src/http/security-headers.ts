import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

const DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The embeddable public page (`/public/embed`): the only response any site may frame (the district's website). */
export function isEmbedPage(path: string): boolean {
  return path === '/public/embed' || path === '/public/embed/';
}

/**
 * Helmet with a Content-Security-Policy the built dashboard satisfies: scripts and fonts from this origin only;
 * inline styles allowed (Angular component styles are injected as <style> elements); no framing, except the
 * public embed page, which any site may frame (frame-ancestors *, no X-Frame-Options). No CORS headers are ever
 * sent: the API is same-origin only.
 */
export function securityHeaders() {
  const strict = helmet({ contentSecurityPolicy: { useDefaults: false, directives: DIRECTIVES }, crossOriginEmbedderPolicy: false });
  const embeddable = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...DIRECTIVES, frameAncestors: ['*'] } },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: false,
  });
  return (req: Request, res: Response, next: NextFunction) =>
    (req.method === 'GET' || req.method === 'HEAD') && isEmbedPage(req.path) ? embeddable(req, res, next) : strict(req, res, next);
}
