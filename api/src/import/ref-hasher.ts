import crypto from 'node:crypto';

export type RefHasher = (namespace: string, value: string) => string;

/**
 * Keyed hash (HMAC-SHA-256) of a partner's reference. With the key outside the database a stored
 * hash can be matched by a re-sent record but not traced back to the ref. The namespace keeps the
 * same ref in two datasets apart while letting `operation_ref` match its operation.
 */
export function createRefHasher(secret: string): RefHasher {
  return (namespace, value) => crypto.createHmac('sha256', secret).update(`${namespace}\u0000${value}`).digest('hex');
}
