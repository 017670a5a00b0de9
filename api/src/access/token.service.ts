import crypto, { type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { OidcConfig } from '../config';
import { isRole, type AuthUser, type Role } from './roles';

export const TOKEN_ISSUER = 'vawg-insight';
export const TOKEN_AUDIENCE = 'vawg-insight';
const LOCAL_ALGORITHM = 'HS256';
const OIDC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

// One key object per secret: making it is a measurable share of a cached answer's cost.
const keys = new Map<string, KeyObject>();
const keyOf = (secret: string) => {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = crypto.createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
};

/** Signs a development token (npm run token, the demo dashboard); production uses an OIDC issuer. */
export async function signToken(secret: string, claims: { subject: string; role: Role; wards?: string[] }, ttlSeconds = 12 * 3600): Promise<string> {
  return new SignJWT({ role: claims.role, wards: claims.wards ?? [] })
    .setProtectedHeader({ alg: LOCAL_ALGORITHM })
    .setSubject(claims.subject)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(keyOf(secret));
}

export class InvalidTokenError extends Error {}

export type TokenVerifier = (token: string) => Promise<AuthUser>;

function wardsFrom(value: unknown): string[] {
  const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  return list.filter((w): w is string => typeof w === 'string').map((w) => w.trim()).filter((w) => /^E05\d{6}$/.test(w));
}

function userFrom(payload: JWTPayload, roleClaim: string, wardsClaim: string): AuthUser {
  const role = payload[roleClaim];
  if (!isRole(role)) throw new InvalidTokenError('the token carries no known role');
  return { subject: payload.sub as string, role, wards: role === 'councillor' ? wardsFrom(payload[wardsClaim]) : [] };
}

async function verified(token: string, key: KeyObject | JWTVerifyGetKey, options: { algorithms: string[]; issuer: string; audience: string }): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, key as KeyObject, { ...options, requiredClaims: ['exp', 'sub'] });
    return payload;
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new InvalidTokenError('the token has expired');
    throw new InvalidTokenError('the token is not valid');
  }
}

/**
 * Verifies signature, algorithm (an allow-list: `alg: none` and key-confusion tricks are refused),
 * issuer, audience and expiry, then reads the role and wards.
 */
export async function verifyToken(secret: string, token: string): Promise<AuthUser> {
  return (await verifyLocalToken(secret, token)).user;
}

async function verifyLocalToken(secret: string, token: string): Promise<VerifiedToken> {
  const payload = await verified(token, keyOf(secret), { algorithms: [LOCAL_ALGORITHM], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE });
  return { user: userFrom(payload, 'role', 'wards'), expiresAt: (payload.exp as number) * 1000 };
}

/** Production: the issuer's public keys, fetched from its JWKS URL and cached by jose. */
export function oidcVerifier(oidc: OidcConfig): TokenVerifier {
  const verify = oidcTokenVerifier(oidc);
  return async (token) => (await verify(token)).user;
}

function oidcTokenVerifier(oidc: OidcConfig): (token: string) => Promise<VerifiedToken> {
  const issuerKeys = createRemoteJWKSet(new URL(oidc.jwksUrl));
  return async (token) => {
    const payload = await verified(token, issuerKeys, { algorithms: OIDC_ALGORITHMS, issuer: oidc.issuer, audience: oidc.audience });
    return { user: userFrom(payload, oidc.roleClaim, oidc.wardsClaim), expiresAt: (payload.exp as number) * 1000 };
  };
}

/** A token that passed every check, and when it stops being valid (its `exp`, in ms). */
export interface VerifiedToken {
  user: AuthUser;
  expiresAt: number;
}

/**
 * How long a verified token is believed before its signature is checked again. A signing key the
 * issuer withdrew stops working within this, plus the time jose keeps the issuer's keys (its JWKS cache).
 */
export const REVERIFY_AFTER_MS = 5 * 60_000;
const REMEMBERED_TOKENS = 10_000;

/**
 * Remembers tokens that verified, so a dashboard's stream of requests with one token pays for the
 * signature check once in five minutes rather than on every request (it was a tenth of a cached
 * answer's cost). Keyed by the whole token, signature included: a forged or altered token is never
 * a hit. A remembered token is refused from the moment it expires, as before (checked afresh then).
 */
export function rememberVerifiedTokens(verify: (token: string) => Promise<VerifiedToken>, clock: () => number = Date.now): TokenVerifier {
  const remembered = new Map<string, VerifiedToken & { reverifyAt: number }>();
  return async (token) => {
    const now = clock();
    const known = remembered.get(token);
    if (known && now < known.expiresAt && now < known.reverifyAt) return known.user;
    remembered.delete(token);
    const checked = await verify(token);
    if (remembered.size >= REMEMBERED_TOKENS) remembered.delete(remembered.keys().next().value as string); // the oldest
    remembered.set(token, { ...checked, reverifyAt: now + REVERIFY_AFTER_MS });
    return checked.user;
  };
}

export function tokenVerifier(config: { jwtSecret: string; oidc: OidcConfig | undefined }): TokenVerifier {
  const oidc = config.oidc;
  return rememberVerifiedTokens(oidc ? oidcTokenVerifier(oidc) : (token) => verifyLocalToken(config.jwtSecret, token));
}
