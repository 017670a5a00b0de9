import type { MigrationInterface, QueryRunner } from 'typeorm';

const FACT_TABLES = ['police_operation', 'warning_letter', 'arrest', 'gaia_referral', 'chrysalis_move_on'];

/**
 * Undoing an import batch: the batch remembers when and by whom it was undone (never deleted: its
 * checksum and counts stay in the history), and analysts' requests may delete records, which only
 * the undo does (the rollup triggers already take deletes into account).
 */
export class ImportUndo1763901100000 implements MigrationInterface {
  name = 'ImportUndo1763901100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE import_batch ADD COLUMN undone_at timestamptz, ADD COLUMN undone_by text');
    await q.query('ALTER TABLE import_batch ADD CHECK ((undone_at IS NULL) = (undone_by IS NULL))');
    for (const table of FACT_TABLES) {
      await q.query(`CREATE INDEX ${table}_batch_idx ON ${table} (batch_id)`);
      await q.query(`GRANT DELETE ON ${table} TO vawg_app`);
      await q.query(`CREATE POLICY analyst_delete ON ${table} FOR DELETE TO vawg_app USING (current_setting('vawg.role', true) = 'analyst')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of FACT_TABLES) {
      await q.query(`DROP POLICY analyst_delete ON ${table}`);
      await q.query(`REVOKE DELETE ON ${table} FROM vawg_app`);
      await q.query(`DROP INDEX ${table}_batch_idx`);
    }
    await q.query('ALTER TABLE import_batch DROP COLUMN undone_at, DROP COLUMN undone_by');
  }
}
