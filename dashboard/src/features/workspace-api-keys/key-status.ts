import type { ApiKey } from './graphql/types';

export type KeyStatus = 'live' | 'expired' | 'revoked';

/** Revoked outranks expired: a key revoked before its expiry was stopped by a person. */
export function keyStatus(key: Pick<ApiKey, 'expiresAt' | 'revokedAt'>, now: Date): KeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'live';
}

/** The audit log's name for requests made with a key (the server's subject "api-key:<id>"). */
export function keySubject(id: string): string {
  return `api-key:${id}`;
}
