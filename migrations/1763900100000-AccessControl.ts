import type { MigrationInterface, QueryRunner } from 'typeorm';

const FACT_TABLES = ['police_operation', 'warning_letter', 'arrest', 'gaia_referral', 'chrysalis_move_on'];
/** Chrysalis has no ward by design: councillors never see it below borough level. */
const WARD_TABLES = ['police_operation', 'warning_letter', 'arrest', 'gaia_referral'];

/**
 * The second wall: requests run as `vawg_app`, which owns nothing and cannot bypass row-level
 * security; each request's transaction says who is asking with set_config(..., true), and the
 * policies below decide which rows that request can see at all.
 */
export class AccessControl1763900100000 implements MigrationInterface {
  name = 'AccessControl1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vawg_app') THEN
        CREATE ROLE vawg_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    END $$`);
    // Lets a non-superuser owner (a managed PostgreSQL) switch to the role; a superuser can already.
    await q.query(`DO $$ BEGIN
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN EXECUTE 'GRANT vawg_app TO ' || quote_ident(current_user); END IF;
    END $$`);
    await q.query('GRANT USAGE ON SCHEMA public TO vawg_app');
    await q.query('GRANT SELECT ON ward, strand, timeline_event, training_course TO vawg_app');
    await q.query('GRANT SELECT, INSERT, UPDATE ON import_batch TO vawg_app');
    await q.query('GRANT USAGE ON SEQUENCE import_batch_id_seq TO vawg_app');

    for (const table of FACT_TABLES) {
      await q.query(`GRANT SELECT, INSERT, UPDATE ON ${table} TO vawg_app`);
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      const wardScope = WARD_TABLES.includes(table)
        ? `OR (current_setting('vawg.scope', true) = 'wards' AND ward_code = ANY (string_to_array(current_setting('vawg.wards', true), ',')))`
        : '';
      // 'all': every row (analyst, member, and borough-level totals); 'wards': the councillor's own wards only.
      await q.query(`CREATE POLICY request_scope_read ON ${table} FOR SELECT TO vawg_app
        USING (current_setting('vawg.scope', true) = 'all' ${wardScope})`);
      await q.query(`CREATE POLICY analyst_write ON ${table} FOR INSERT TO vawg_app WITH CHECK (current_setting('vawg.role', true) = 'analyst')`);
      await q.query(`CREATE POLICY analyst_update ON ${table} FOR UPDATE TO vawg_app
        USING (current_setting('vawg.role', true) = 'analyst') WITH CHECK (current_setting('vawg.role', true) = 'analyst')`);
    }

    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        subject text NOT NULL,
        role text NOT NULL,
        operation text NOT NULL,
        arguments jsonb NOT NULL DEFAULT '{}',
        rows_returned integer,
        outcome text NOT NULL
      )`);
    await q.query('CREATE INDEX audit_log_at_idx ON audit_log (at)');
    // Append-only: the application can add and read entries, never change or remove them.
    await q.query('GRANT SELECT, INSERT ON audit_log TO vawg_app');
    await q.query('GRANT USAGE ON SEQUENCE audit_log_id_seq TO vawg_app');
    await q.query('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM vawg_app');

    await q.query(`
      CREATE TABLE api_key (
        id serial PRIMARY KEY,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('funder', 'member')),
        prefix char(8) NOT NULL UNIQUE,
        secret_hash char(64) NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query('GRANT SELECT, INSERT ON api_key TO vawg_app');
    await q.query('GRANT UPDATE (last_used_at, revoked_at) ON api_key TO vawg_app');
    await q.query('GRANT USAGE ON SEQUENCE api_key_id_seq TO vawg_app');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE api_key');
    await q.query('DROP TABLE audit_log');
    for (const table of FACT_TABLES) {
      await q.query(`DROP POLICY request_scope_read ON ${table}`);
      await q.query(`DROP POLICY analyst_write ON ${table}`);
      await q.query(`DROP POLICY analyst_update ON ${table}`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await q.query('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM vawg_app');
    await q.query('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM vawg_app');
    await q.query('REVOKE USAGE ON SCHEMA public FROM vawg_app');
  }
}
