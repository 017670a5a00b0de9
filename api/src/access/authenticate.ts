import type { RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { authenticateApiKey, looksLikeApiKey } from './api-key.service';
import type { AuthUser } from './roles';
import { InvalidTokenError, type TokenVerifier } from './token.service';
import { unauthenticated } from '../shared/errors';

/** Who sent a request, from its bearer token (a signed JWT or a funder's API key); refuses anyone else. */
export async function authenticate(authorization: string | undefined, verifyToken: TokenVerifier, dataSource: DataSource): Promise<AuthUser> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw unauthenticated('Sign in first: send "Authorization: Bearer <token>" (npm run token -- --role ROLE prints one).');
  if (looksLikeApiKey(token)) {
    const checked = await authenticateApiKey(dataSource, token);
    if ('refused' in checked) throw unauthenticated(`Not signed in: ${checked.refused}.`);
    return checked.user;
  }
  try {
    return await verifyToken(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(`Not signed in: ${error.message}.`);
    throw error;
  }
}

/** The verified user, or why there is none (no token, a bad one, or the database away while checking a key). */
export type Caller = { user: AuthUser } | { refusal: unknown };

/**
 * Verifies the bearer token once, before anything else reads it: the rate limit counts the
 * verified identity (not the token's text, which junk or a re-signing would change), the body
 * limit follows its role, and the GraphQL context takes the user from here.
 */
export function identifyCaller(verifyToken: TokenVerifier, dataSource: DataSource): RequestHandler {
  return (req, res, next) => {
    authenticate(req.headers.authorization, verifyToken, dataSource).then(
      (user) => { res.locals.caller = { user } satisfies Caller; },
      (refusal: unknown) => { res.locals.caller = { refusal } satisfies Caller; },
    ).then(() => next(), next);
  };
}

/** What identifyCaller found; it must have run earlier on this route. */
export function callerOf(res: Response): Caller {
  const caller = res.locals.caller as Caller | undefined;
  if (!caller) throw new Error('identifyCaller must run before anything that asks who the caller is');
  return caller;
}

/** The verified user, or undefined: for limits, which treat every unverified caller alike. */
export function verifiedUser(res: Response): AuthUser | undefined {
  const caller = callerOf(res);
  return 'user' in caller ? caller.user : undefined;
}
