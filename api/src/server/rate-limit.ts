import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { currentRequestId } from '../observability/request-context';
import { verifiedUser } from '../access/authenticate';

/**
 * Whose budget a request spends: the verified identity's (a token's subject and role, or an API
 * key's id), so junk appended to a token or a re-signed one spends the same budget; else, for no
 * token or one that does not verify, the client's address. identifyCaller must run first.
 */
export function rateLimitKey(req: Request, res: Response): string {
  const user = verifiedUser(res);
  if (user) return `user:${user.role}:${user.subject}`;
  return `address:${req.ip ?? 'unknown'}`;
}

/**
 * At most `perMinute` requests a minute per user or API key, counted in this process's memory
 * (one server; several behind a balancer would each count their own). The default, 600, is ten
 * times what a person clicking through the dashboard sends; a looping script is what it stops.
 * 0 turns the limit off.
 */
export function rateLimitPerCaller(perMinute: number): RequestHandler {
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
          message: `Too many requests: at most ${perMinute} a minute for one user or API key. Try again in ${seconds} s.`,
          extensions: { code: 'TOO_MANY_REQUESTS', requestId: currentRequestId() },
        }],
      });
    },
  });
}
