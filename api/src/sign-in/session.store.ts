import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuthUser, Role } from '../access/roles';

/** How long a sign-in may take at the provider before its state is forgotten. */
export const ATTEMPT_MINUTES = 10;

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** A new cookie value (256 random bits) and the hash the table keeps instead of it. */
function newSecret(): { value: string; hash: string } {
  const value = crypto.randomBytes(32).toString('base64url');
  return { value, hash: sha256(value) };
}

export interface SignInAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export interface SignedInSession {
  user: AuthUser;
  displayName: string;
  issuer: string;
  idToken: string | null;
  expiresAt: Date;
}

/** Keeps a sign-in's state, nonce and PKCE verifier until the provider sends the person back; returns the cookie's value. */
export async function saveAttempt(dataSource: DataSource, attempt: SignInAttempt): Promise<string> {
  const { value, hash } = newSecret();
  await dataSource.query('DELETE FROM sign_in_attempt WHERE created_at < now() - make_interval(mins => $1)', [ATTEMPT_MINUTES]);
  await dataSource.query('INSERT INTO sign_in_attempt (id_hash, state, nonce, code_verifier, return_to) VALUES ($1, $2, $3, $4, $5)', [
    hash, attempt.state, attempt.nonce, attempt.codeVerifier, attempt.returnTo,
  ]);
  return value;
}

/** TypeORM answers an UPDATE or DELETE … RETURNING as [rows, count], an INSERT or SELECT as rows. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/** The attempt behind a callback, removed as it is read: a replayed callback finds nothing. */
export async function takeAttempt(dataSource: DataSource, cookie: string): Promise<SignInAttempt | undefined> {
  const [row] = rowsOf<{ state: string; nonce: string; code_verifier: string; return_to: string; fresh: boolean }>(await dataSource.query(
    'DELETE FROM sign_in_attempt WHERE id_hash = $1 RETURNING state, nonce, code_verifier, return_to, created_at >= now() - make_interval(mins => $2) AS fresh',
    [sha256(cookie), ATTEMPT_MINUTES],
  ));
  return row?.fresh ? { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to } : undefined;
}

/**
 * Opens a session for someone the provider vouched for. Always a new id (rotation): a session id
 * planted in the browser before sign-in is never the one that ends up signed in. `replacing`, the
 * browser's previous session, ends here.
 */
export async function openSession(
  dataSource: DataSource,
  person: { subject: string; displayName: string; role: Role; wards: string[]; issuer: string; idToken: string | null },
  maxHours: number,
  replacing: string | undefined,
): Promise<{ cookie: string; expiresAt: Date }> {
  const { value, hash } = newSecret();
  await dataSource.query('DELETE FROM sign_in_session WHERE expires_at < now() OR id_hash = $1', [replacing ? sha256(replacing) : '']);
  const [row]: { expires_at: Date }[] = await dataSource.query(
    `INSERT INTO sign_in_session (id_hash, subject, display_name, role, wards, issuer, id_token, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(hours => $8)) RETURNING expires_at`,
    [hash, person.subject, person.displayName, person.role, person.wards, person.issuer, person.idToken, maxHours],
  );
  return { cookie: value, expiresAt: new Date(row.expires_at) };
}

/**
 * The session a cookie stands for, if it has neither passed its absolute expiry nor been idle
 * longer than `idleMinutes`; being used restarts the idle clock.
 */
export async function resumeSession(dataSource: DataSource, cookie: string, idleMinutes: number): Promise<SignedInSession | undefined> {
  const [row] = rowsOf<{ subject: string; display_name: string; role: Role; wards: string[]; issuer: string; id_token: string | null; expires_at: Date }>(await dataSource.query(
    `UPDATE sign_in_session SET last_seen_at = now()
     WHERE id_hash = $1 AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $2)
     RETURNING subject, display_name, role, wards, issuer, id_token, expires_at`,
    [sha256(cookie), idleMinutes],
  ));
  if (!row) return undefined;
  return {
    user: { subject: row.subject, role: row.role, wards: row.role === 'councillor' ? row.wards : [] },
    displayName: row.display_name,
    issuer: row.issuer,
    idToken: row.id_token,
    expiresAt: new Date(row.expires_at),
  };
}

/** Signs out here: the session is gone from the table, whichever process served it. */
export async function endSession(dataSource: DataSource, cookie: string): Promise<void> {
  await dataSource.query('DELETE FROM sign_in_session WHERE id_hash = $1', [sha256(cookie)]);
}
