import type { MigrationInterface, QueryRunner } from 'typeorm';

const FACT_TABLES = ['police_operation', 'warning_letter', 'arrest', 'gaia_referral', 'chrysalis_move_on'];
/** Chrysalis has no ward by design (migration AccessControl). */
const WARD_TABLES = ['police_operation', 'warning_letter', 'arrest', 'gaia_referral'];
/** Each fact table, its monthly rollup and its released months carry the same read policy, by the fact table's name. */
const SCOPED_TABLES = FACT_TABLES.flatMap((base) => ['', '_monthly', '_released'].map((suffix) => ({ base, table: `${base}${suffix}` })));

/** The read policy as it was (migrations AccessControl, Rollups, DisclosureReleases): settings read on every row. */
function perRow(base: string): string {
  const wardScope = WARD_TABLES.includes(base)
    ? `OR (current_setting('vawg.scope', true) = 'wards' AND ward_code = ANY (string_to_array(current_setting('vawg.wards', true), ',')))`
    : '';
  return `current_setting('vawg.scope', true) = 'all' ${wardScope}`;
}

/**
 * The same rows, with the request's settings read once per statement: each scalar subquery is an
 * InitPlan, where a bare current_setting() was called again for every row scanned.
 */
function perStatement(base: string): string {
  const wardScope = WARD_TABLES.includes(base)
    ? `OR ((SELECT current_setting('vawg.scope', true)) = 'wards'
          AND ward_code::text = ANY ((SELECT string_to_array(current_setting('vawg.wards', true), ','))::text[]))`
    : '';
  return `(SELECT current_setting('vawg.scope', true)) = 'all' ${wardScope}`;
}

export class ScopeReadOnce1763901500000 implements MigrationInterface {
  name = 'ScopeReadOnce1763901500000';

  async up(q: QueryRunner): Promise<void> {
    for (const { base, table } of SCOPED_TABLES) await q.query(`ALTER POLICY request_scope_read ON ${table} USING (${perStatement(base)})`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { base, table } of SCOPED_TABLES) await q.query(`ALTER POLICY request_scope_read ON ${table} USING (${perRow(base)})`);
  }
}
