import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monthly rollups: for each fact table, record counts by month × every column a measure groups,
 * filters or counts by. Statement-level triggers with transition tables keep them exact inside the
 * same transaction as any write (the importer's upsert, a restore, a delete), so a rollup can never
 * disagree with its records, not even for a moment another transaction could see. The same triggers
 * advance the data version.
 * (api/src/figures/rollups.ts derives the same column lists from the catalogues; a test holds them equal.)
 */
const ROLLUP_COLUMNS: Record<string, string[]> = {
  police_operation: ['ward_code', 'operation_type'],
  warning_letter: ['ward_code'],
  arrest: ['ward_code', 'offence', 'sex', 'age_band', 'drug_test_referred'],
  gaia_referral: ['ward_code', 'strand', 'age_band', 'sex', 'referral_source'],
  chrysalis_move_on: ['destination'],
};
/** Chrysalis has no ward: councillors never see it below borough level (as on its fact table). */
const WARD_TABLES = ['police_operation', 'warning_letter', 'arrest', 'gaia_referral'];

const MONTH = `date_trunc('month', date::timestamp)::date`;

function applyFunction(table: string, columns: string[]): string {
  const keys = columns.join(', ');
  const groupKeys = columns.map((_, i) => String(i + 2)).join(', ');
  // Old rows leave with −count, new rows arrive with +count; key order keeps concurrent writers from deadlocking.
  const merge = (rows: string, sign: string) => `
    INSERT INTO ${table}_monthly AS r (month, ${keys}, n)
    SELECT ${MONTH}, ${keys}, ${sign}count(*)::int FROM ${rows} GROUP BY 1, ${groupKeys} ORDER BY 1, ${groupKeys}
    ON CONFLICT (month, ${keys}) DO UPDATE SET n = r.n + EXCLUDED.n;`;
  return `
    CREATE FUNCTION ${table}_monthly_apply() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      UPDATE data_version SET version = version + 1;
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        ${merge('old_rows', '-')}
        DELETE FROM ${table}_monthly WHERE n = 0 AND month IN (SELECT DISTINCT ${MONTH} FROM old_rows);
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        ${merge('new_rows', '')}
      END IF;
      RETURN NULL;
    END $$`;
}

export class Rollups1763900400000 implements MigrationInterface {
  name = 'Rollups1763900400000';

  async up(q: QueryRunner): Promise<void> {
    // What caches of derived answers (the disclosure patterns) are keyed by. Bumped by the same triggers,
    // under a row lock, so it rises in commit order: one (epoch, version) is one state of the records.
    // A restore starts a new epoch (backup.service.ts), as it can bring back an old version number.
    await q.query(`CREATE TABLE data_version (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      epoch uuid NOT NULL DEFAULT gen_random_uuid(),
      version bigint NOT NULL DEFAULT 0)`);
    await q.query('INSERT INTO data_version DEFAULT VALUES');
    await q.query('GRANT SELECT ON data_version TO vawg_app');
    for (const [table, columns] of Object.entries(ROLLUP_COLUMNS)) {
      const keys = columns.join(', ');
      await q.query(`CREATE TABLE ${table}_monthly AS
        SELECT ${MONTH} AS month, ${keys}, count(*)::int AS n FROM ${table} GROUP BY ${MONTH}, ${keys}`);
      await q.query(`ALTER TABLE ${table}_monthly ALTER COLUMN month SET NOT NULL, ALTER COLUMN n SET NOT NULL`);
      await q.query(`CREATE UNIQUE INDEX ${table}_monthly_key ON ${table}_monthly (month, ${keys}) NULLS NOT DISTINCT`);
      await q.query(applyFunction(table, columns));
      // Transition tables allow one event per trigger; TRUNCATE has no rows to hand over, so it empties the rollup.
      await q.query(`CREATE TRIGGER ${table}_monthly_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_monthly_apply()`);
      await q.query(`CREATE TRIGGER ${table}_monthly_update AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_monthly_apply()`);
      await q.query(`CREATE TRIGGER ${table}_monthly_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${table}_monthly_apply()`);
      await q.query(`CREATE FUNCTION ${table}_monthly_truncate() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN UPDATE data_version SET version = version + 1; TRUNCATE ${table}_monthly; RETURN NULL; END $$`);
      await q.query(`CREATE TRIGGER ${table}_monthly_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION ${table}_monthly_truncate()`);

      // The same wall as on the records: read-only for the application, scoped to the councillor's wards.
      await q.query(`GRANT SELECT ON ${table}_monthly TO vawg_app`);
      await q.query(`ALTER TABLE ${table}_monthly ENABLE ROW LEVEL SECURITY`);
      const wardScope = WARD_TABLES.includes(table)
        ? `OR (current_setting('vawg.scope', true) = 'wards' AND ward_code = ANY (string_to_array(current_setting('vawg.wards', true), ',')))`
        : '';
      await q.query(`CREATE POLICY request_scope_read ON ${table}_monthly FOR SELECT TO vawg_app
        USING (current_setting('vawg.scope', true) = 'all' ${wardScope})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(ROLLUP_COLUMNS)) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) await q.query(`DROP TRIGGER ${table}_monthly_${event} ON ${table}`);
      await q.query(`DROP FUNCTION ${table}_monthly_apply()`);
      await q.query(`DROP FUNCTION ${table}_monthly_truncate()`);
      await q.query(`DROP TABLE ${table}_monthly`);
    }
    await q.query('DROP TABLE data_version');
  }
}
