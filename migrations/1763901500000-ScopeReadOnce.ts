import type { MigrationInterface, QueryRunner } from 'typeorm';

const FACT_TABLES = ['police_operation', 'warning_letter', 'arrest', 'gaia_referral', 'chrysalis_move_on'];
/** Chrysalis has no ward by design (migration AccessControl). */
const WARD_TABLES = ['police_operation', 'warning_letter', 'arrest', 'gaia_referral'];
/** Each fact table, its monthly rollup and its released months carry the same read policy. */
const SCOPED_TABLES = FACT_TABLES.flatMap((table) => [table, `${table}_monthly`, `${table}_released`]);

/** The read policy as it was (migrations AccessControl, Rollups, DisclosureReleases): settings read on every row. */
function perRow(table: string): string {
  const wardScope = WARD_TABLES.some((t) => table.startsWith(t))
    ? `OR (current_setting('vawg.scope', true) = 'wards' AND ward_code = ANY (string_to_array(current_setting('vawg.wards', true), ',')))`
    : '';
  return `current_setting('vawg.scope', true) = 'all' ${wardScope}`;
}

/**
 * The same rows, with the request's settings read once per statement: each scalar subquery is an
 * InitPlan, where a bare current_setting() was called again for every row scanned (a quarter of a
 * rollup query's time for 'all', two thirds for a councillor's wards).
 */
function perStatement(table: string): string {
  const wardScope = WARD_TABLES.some((t) => table.startsWith(t))
    ? `OR ((SELECT current_setting('vawg.scope', true)) = 'wards'
          AND ward_code::text = ANY ((SELECT string_to_array(current_setting('vawg.wards', true), ','))::text[]))`
    : '';
  return `(SELECT current_setting('vawg.scope', true)) = 'all' ${wardScope}`;
}

export class ScopeReadOnce1763901500000 implements MigrationInterface {
  name = 'ScopeReadOnce1763901500000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of SCOPED_TABLES) await q.query(`ALTER POLICY request_scope_read ON ${table} USING (${perStatement(table)})`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of SCOPED_TABLES) await q.query(`ALTER POLICY request_scope_read ON ${table} USING (${perRow(table)})`);
  }
}
