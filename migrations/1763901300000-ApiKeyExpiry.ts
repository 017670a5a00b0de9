import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys may expire: a key past its expiry is refused like a revoked one. Set when the key is
 * made and never changed after (the application's role may update only last use and revocation).
 */
export class ApiKeyExpiry1763901300000 implements MigrationInterface {
  name = 'ApiKeyExpiry1763901300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE api_key ADD COLUMN expires_at timestamptz');
    await q.query('ALTER TABLE api_key ADD CONSTRAINT api_key_expires_after_creation CHECK (expires_at IS NULL OR expires_at > created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE api_key DROP COLUMN expires_at');
  }
}
