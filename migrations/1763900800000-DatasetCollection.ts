import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each dataset began to be collected (the service opened, the recording started): before it a
 * period is "not collected", never 0. Rows come from api/src/reference/data/dataset-collection.csv,
 * loaded on every start; a dataset without a row began with its first month of records.
 *
 * `record_months` gives the first and last month of a monthly rollup (`<table>_monthly`) or of its
 * released copy (`<table>_released`) whoever asks, past row-level security: a councillor reading their
 * ward must see the same collection start as everyone else. It returns months only, never a count.
 */
export class DatasetCollection1763900800000 implements MigrationInterface {
  name = 'DatasetCollection1763900800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dataset_collection (
        dataset text PRIMARY KEY,
        collected_from date NOT NULL,
        reason text NOT NULL CHECK (reason <> '')
      )`);
    await q.query('GRANT SELECT ON dataset_collection TO vawg_app');
    // Named at run time, so a rollup rebuilt by a later migration is still found; only rollups are allowed.
    await q.query(`
      CREATE FUNCTION record_months(rollup text, OUT first_month date, OUT last_month date)
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF rollup !~ '^[a-z_]+_(monthly|released)$' OR to_regclass('public.' || rollup) IS NULL THEN
          RAISE EXCEPTION '% is not a monthly rollup', rollup USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('SELECT min(month), max(month) FROM public.%I', rollup) INTO first_month, last_month;
      END $$`);
    await q.query('REVOKE ALL ON FUNCTION record_months(text) FROM PUBLIC');
    await q.query('GRANT EXECUTE ON FUNCTION record_months(text) TO vawg_app');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION record_months(text)');
    await q.query('DROP TABLE dataset_collection');
  }
}
