import crypto from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { currentRequestId } from '../observability/request-context';

/** Whose budget a request spends: its bearer token's (JWT or API key), kept only as a hash; else its address. */
export function rateLimitKey(req: Request): string {
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (token) return `token:${crypto.createHash('sha256').update(token).digest('base64url')}`;
  return `address:${req.ip ?? 'unknown'}`;
}

/**
 * At most `perMinute` requests a minute per token or API key, counted in this process's memory
 * (one server; several behind a balancer would each count their own). The default, 600, is ten
 * times what a person clicking through the dashboard sends; a looping script is what it stops.
 * 0 turns the limit off.
 */
export function rateLimitPerToken(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: rateLimitKey,
    handler: (req, res) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : 60;
      res.setHeader('Retry-After', String(seconds));
      res.status(429).json({
        errors: [{
          message: `Too many requests: at most ${perMinute} a minute for one token or API key. Try again in ${seconds} s.`,
          extensions: { code: 'TOO_MANY_REQUESTS', requestId: currentRequestId() },
        }],
      });
    },
  });
}
