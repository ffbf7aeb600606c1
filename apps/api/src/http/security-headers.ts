import helmet from 'helmet';

/**
 * Helmet with a Content-Security-Policy the built dashboard satisfies: scripts and fonts from this origin only;
 * inline styles allowed (Angular component styles are injected as <style> elements); no framing (the public
 * embed, when it comes, gets its own route policy). No CORS headers are ever sent: the API is same-origin only.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
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
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}
