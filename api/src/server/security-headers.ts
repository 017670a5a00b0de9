import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The dashboard's Content-Security-Policy. The built Vite app is one module script and one
 * stylesheet from /assets, and it fetches only /graphql and /auth on its own origin: nothing inline,
 * nothing from elsewhere. Style *attributes* are allowed ('unsafe-inline' for style-src-attr only):
 * the no-JavaScript notice in index.html has one, and chart libraries set some; an attribute can
 * restyle the page but never run code.
 */
export function contentSecurityPolicy(production: boolean): Record<string, string[] | null> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Over plain HTTP on localhost this would break development; behind TLS it stops mixed content.
    'upgrade-insecure-requests': production ? [] : null,
  };
}

/** helmet's headers: CSP, no framing, no MIME sniffing, no referrer beyond the origin, HSTS in production. */
export function securityHeaders(production: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(production) },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' }, // as frame-ancestors 'none', for browsers that predate CSP
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false, // nothing cross-origin is embedded; COEP would only add breakage risk
  });
}

/** Answers hold figures about people: no cache between the API and the reader may keep one. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
