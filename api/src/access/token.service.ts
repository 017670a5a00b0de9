import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { OidcConfig } from '../config';
import { isRole, type AuthUser, type Role } from './roles';

export const TOKEN_ISSUER = 'vawg-insight';
export const TOKEN_AUDIENCE = 'vawg-insight';
const LOCAL_ALGORITHM = 'HS256';
const OIDC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

const keyOf = (secret: string) => new TextEncoder().encode(secret);

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

async function verified(token: string, key: Uint8Array | JWTVerifyGetKey, options: { algorithms: string[]; issuer: string; audience: string }): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, key as Uint8Array, { ...options, requiredClaims: ['exp', 'sub'] });
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
  const payload = await verified(token, keyOf(secret), { algorithms: [LOCAL_ALGORITHM], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE });
  return userFrom(payload, 'role', 'wards');
}

/** Production: the issuer's public keys, fetched from its JWKS URL and cached by jose. */
export function oidcVerifier(oidc: OidcConfig): TokenVerifier {
  const keys = createRemoteJWKSet(new URL(oidc.jwksUrl));
  return async (token) => userFrom(await verified(token, keys, { algorithms: OIDC_ALGORITHMS, issuer: oidc.issuer, audience: oidc.audience }), oidc.roleClaim, oidc.wardsClaim);
}

export function tokenVerifier(config: { jwtSecret: string; oidc: OidcConfig | undefined }): TokenVerifier {
  return config.oidc ? oidcVerifier(config.oidc) : (token) => verifyToken(config.jwtSecret, token);
}
