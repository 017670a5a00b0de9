import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ApiKeyRecord } from './api-key.entity';
import type { AuthUser } from './roles';

export const API_KEY_PREFIX = 'vik_';
const KEY_SHAPE = /^vik_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

/** Makes a key; the caller shows `key` once, and only its hash is stored. */
export async function createApiKey(dataSource: DataSource, input: { name: string; role: 'funder' | 'member'; createdBy: string }): Promise<{ key: string; record: ApiKeyRecord }> {
  const prefix = crypto.randomBytes(4).toString('hex');
  const secret = crypto.randomBytes(32).toString('base64url');
  const record = await dataSource.getRepository(ApiKeyRecord).save({
    name: input.name, role: input.role, prefix, secretHash: sha256(secret), createdBy: input.createdBy, lastUsedAt: null, revokedAt: null,
  });
  return { key: `${API_KEY_PREFIX}${prefix}_${secret}`, record };
}

/** The key's holder, or undefined for an unknown, wrong or revoked key. Records when it was last used. */
export async function authenticateApiKey(dataSource: DataSource, key: string): Promise<AuthUser | undefined> {
  const match = KEY_SHAPE.exec(key);
  if (!match) return undefined;
  const [, prefix, secret] = match;
  const record = await dataSource.getRepository(ApiKeyRecord).findOneBy({ prefix });
  if (!record || record.revokedAt) return undefined;
  const expected = Buffer.from(record.secretHash, 'hex');
  if (!crypto.timingSafeEqual(expected, Buffer.from(sha256(secret), 'hex'))) return undefined;
  await dataSource.query('UPDATE api_key SET last_used_at = now() WHERE id = $1', [record.id]);
  return { subject: `api-key:${record.id}`, role: record.role, wards: [] };
}

export async function revokeApiKey(dataSource: DataSource, id: number): Promise<ApiKeyRecord | null> {
  await dataSource.query('UPDATE api_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
  return dataSource.getRepository(ApiKeyRecord).findOneBy({ id });
}

export function listApiKeys(dataSource: DataSource): Promise<ApiKeyRecord[]> {
  return dataSource.getRepository(ApiKeyRecord).find({ order: { id: 'ASC' } });
}
