import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { badUserInput } from '../shared/errors';
import { ApiKeyRecord } from './api-key.entity';
import type { AuthUser } from './roles';

export const API_KEY_PREFIX = 'vik_';
const KEY_SHAPE = /^vik_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

/** Why a key is refused: unknown or wrong keys and revoked ones alike; an expired one says when, to whoever holds the whole key. */
export const KEY_NOT_VALID = 'the API key is not valid or has been revoked';

export type ApiKeyCheck = { user: AuthUser } | { refused: string };

export interface NewApiKey {
  name: string;
  role: 'funder' | 'member';
  createdBy: string;
  /** When it stops working; null or absent: until revoked. */
  expiresAt?: Date | null;
}

/** Makes a key; the caller shows `key` once, and only its hash is stored. An expiry must lie ahead. */
export async function createApiKey(dataSource: DataSource, input: NewApiKey, now = new Date()): Promise<{ key: string; record: ApiKeyRecord }> {
  const expiresAt = input.expiresAt ?? null;
  if (expiresAt && !(expiresAt.getTime() > now.getTime())) {
    throw badUserInput('expiresAt', `must be later than now (${now.toISOString()}); got ${expiresAt.toISOString()}`);
  }
  const prefix = crypto.randomBytes(4).toString('hex');
  const secret = crypto.randomBytes(32).toString('base64url');
  const record = await dataSource.getRepository(ApiKeyRecord).save({
    name: input.name, role: input.role, prefix, secretHash: sha256(secret), createdBy: input.createdBy, lastUsedAt: null, revokedAt: null, expiresAt,
  });
  return { key: `${API_KEY_PREFIX}${prefix}_${secret}`, record };
}

/**
 * The key's holder, or why it is refused (unknown, wrong, revoked or expired). Records when it was
 * last used. The expiry is checked after the secret, so only the key's holder learns it existed.
 */
export async function authenticateApiKey(dataSource: DataSource, key: string, now = new Date()): Promise<ApiKeyCheck> {
  const match = KEY_SHAPE.exec(key);
  if (!match) return { refused: KEY_NOT_VALID };
  const [, prefix, secret] = match;
  const record = await dataSource.getRepository(ApiKeyRecord).findOneBy({ prefix });
  if (!record || record.revokedAt) return { refused: KEY_NOT_VALID };
  const expected = Buffer.from(record.secretHash, 'hex');
  if (!crypto.timingSafeEqual(expected, Buffer.from(sha256(secret), 'hex'))) return { refused: KEY_NOT_VALID };
  if (record.expiresAt && record.expiresAt.getTime() <= now.getTime()) {
    return { refused: `the API key expired at ${record.expiresAt.toISOString()}; ask an analyst for a new one` };
  }
  await dataSource.query('UPDATE api_key SET last_used_at = now() WHERE id = $1', [record.id]);
  return { user: { subject: `api-key:${record.id}`, role: record.role, wards: [] } };
}

export async function revokeApiKey(dataSource: DataSource, id: number): Promise<ApiKeyRecord | null> {
  await dataSource.query('UPDATE api_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
  return dataSource.getRepository(ApiKeyRecord).findOneBy({ id });
}

export function listApiKeys(dataSource: DataSource): Promise<ApiKeyRecord[]> {
  return dataSource.getRepository(ApiKeyRecord).find({ order: { id: 'ASC' } });
}
