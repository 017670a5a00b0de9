import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log records what ran, not what the document seemed to say: each root field that
 * executed, with its arguments as executed and the figure rows it sent (`fields`), and the SHA-256
 * of the document as received (`document_hash`), so two entries can be told to be the same
 * document. Entries from before keep `fields` empty: what ran then is not known, so none is claimed.
 * The table stays append-only for vawg_app (its table-wide SELECT, INSERT grant covers the new columns).
 */
export class TruthfulAudit1763900500000 implements MigrationInterface {
  name = 'TruthfulAudit1763900500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log
      ADD COLUMN fields jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(fields) = 'array'),
      ADD COLUMN document_hash text CHECK (document_hash ~ '^[0-9a-f]{64}$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE audit_log DROP COLUMN document_hash, DROP COLUMN fields');
  }
}
