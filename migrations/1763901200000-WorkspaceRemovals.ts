import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The analysts' own working material, which the workspace lets them remove: notes, series breaks and signal links. */
const REMOVABLE = ['analyst_note', 'series_break', 'signal_link'];

/**
 * Analysts' requests may delete their notes, series breaks and signal links (the workspace's
 * remove and unlink). Timeline events, targets and the register's entries stay insert/update only.
 */
export class WorkspaceRemovals1763901200000 implements MigrationInterface {
  name = 'WorkspaceRemovals1763901200000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of REMOVABLE) {
      await q.query(`GRANT DELETE ON ${table} TO vawg_app`);
      await q.query(`CREATE POLICY analyst_delete ON ${table} FOR DELETE TO vawg_app USING (current_setting('vawg.role', true) = 'analyst')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of REMOVABLE) {
      await q.query(`DROP POLICY analyst_delete ON ${table}`);
      await q.query(`REVOKE DELETE ON ${table} FROM vawg_app`);
    }
  }
}
