import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Disclosure releases: what funders and councillors read of counts of people. A release freezes
 * every month up to its `through_month` that no earlier release froze, by copying those months
 * of each monthly rollup into `<table>_released`. A frozen month never changes again, so the
 * controlled roles see one consistent set of numbers whatever is imported later: there is no
 * second version of a cell to subtract from the first (docs/disclosure.md).
 */
const ROLLUP_TABLES = ['police_operation', 'warning_letter', 'arrest', 'gaia_referral', 'chrysalis_move_on'];
/** Chrysalis has no ward: councillors never see it below borough level (as on its rollup). */
const WARD_TABLES = ['police_operation', 'warning_letter', 'arrest', 'gaia_referral'];

export class DisclosureReleases1763900600000 implements MigrationInterface {
  name = 'DisclosureReleases1763900600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE disclosure_release (
        id serial PRIMARY KEY,
        through_month date NOT NULL UNIQUE CHECK (extract(day FROM through_month) = 1),
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by text NOT NULL
      )`);
    await q.query('GRANT SELECT ON disclosure_release TO vawg_app');
    for (const table of ROLLUP_TABLES) {
      await q.query(`CREATE TABLE ${table}_released AS SELECT NULL::integer AS release_id, * FROM ${table}_monthly WITH NO DATA`);
      await q.query(`ALTER TABLE ${table}_released ALTER COLUMN release_id SET NOT NULL, ALTER COLUMN month SET NOT NULL, ALTER COLUMN n SET NOT NULL,
        ADD FOREIGN KEY (release_id) REFERENCES disclosure_release (id)`);
      await q.query(`CREATE INDEX ${table}_released_month ON ${table}_released (month)`);
      // Read-only for the application and scoped like the rollup it copies.
      await q.query(`GRANT SELECT ON ${table}_released TO vawg_app`);
      await q.query(`ALTER TABLE ${table}_released ENABLE ROW LEVEL SECURITY`);
      const wardScope = WARD_TABLES.includes(table)
        ? `OR (current_setting('vawg.scope', true) = 'wards' AND ward_code = ANY (string_to_array(current_setting('vawg.wards', true), ',')))`
        : '';
      await q.query(`CREATE POLICY request_scope_read ON ${table}_released FOR SELECT TO vawg_app
        USING (current_setting('vawg.scope', true) = 'all' ${wardScope})`);
    }
    // The one way to make a release: an analyst's request (checked here too, not only by the API),
    // months strictly after the previous release, copied whole under a lock so releases are serial.
    const copies = ROLLUP_TABLES.map((table) => `
        INSERT INTO ${table}_released SELECT new_id, * FROM ${table}_monthly WHERE month > previous AND month <= through;`).join('');
    await q.query(`
      CREATE FUNCTION publish_disclosure_release(through date, publisher text) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE previous date; new_id integer;
      BEGIN
        IF current_setting('vawg.role', true) IS DISTINCT FROM 'analyst' THEN
          RAISE EXCEPTION 'only an analyst can publish a disclosure release' USING ERRCODE = 'insufficient_privilege';
        END IF;
        LOCK TABLE disclosure_release IN EXCLUSIVE MODE;
        SELECT coalesce(max(through_month), '1900-01-01') INTO previous FROM disclosure_release;
        IF through <= previous THEN
          RAISE EXCEPTION 'months up to % are already released', to_char(previous, 'YYYY-MM') USING ERRCODE = 'check_violation';
        END IF;
        INSERT INTO disclosure_release (through_month, published_by) VALUES (through, publisher) RETURNING id INTO new_id;${copies}
        RETURN new_id;
      END $$`);
    await q.query('REVOKE ALL ON FUNCTION publish_disclosure_release(date, text) FROM PUBLIC');
    await q.query('GRANT EXECUTE ON FUNCTION publish_disclosure_release(date, text) TO vawg_app');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION publish_disclosure_release(date, text)');
    for (const table of ROLLUP_TABLES) await q.query(`DROP TABLE ${table}_released`);
    await q.query('DROP TABLE disclosure_release');
  }
}
