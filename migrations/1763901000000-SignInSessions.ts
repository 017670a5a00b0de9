import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browser sign-in through an OpenID Connect provider: sign-ins under way (state, nonce and PKCE
 * verifier, used once) and the sessions they open. Both live here rather than in one process's
 * memory so that any API process can finish a sign-in or serve a session. Only hashes of the
 * cookies' values are stored: a copy of this table signs nobody in.
 */
export class SignInSessions1763901000000 implements MigrationInterface {
  name = 'SignInSessions1763901000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sign_in_attempt (
        id_hash char(64) PRIMARY KEY,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        return_to text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE sign_in_session (
        id_hash char(64) PRIMARY KEY,
        subject text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('analyst', 'member', 'funder', 'councillor')),
        wards text[] NOT NULL DEFAULT '{}',
        issuer text NOT NULL,
        id_token text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX sign_in_session_expires_at ON sign_in_session (expires_at)');
    await q.query('GRANT SELECT, INSERT, DELETE ON sign_in_attempt TO vawg_app');
    await q.query('GRANT SELECT, INSERT, DELETE ON sign_in_session TO vawg_app');
    await q.query('GRANT UPDATE (last_seen_at) ON sign_in_session TO vawg_app');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE sign_in_session');
    await q.query('DROP TABLE sign_in_attempt');
  }
}
