import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The answer version: what cached GraphQL answers are keyed by (api/src/answer-cache). The data
 * version moves with the fact tables only, but answers also read targets, notes, series breaks,
 * the issues register, releases, published returns, wards and more; so every table is covered by
 * one statement-level trigger that advances answer_version in the writing transaction (under the
 * same row lock as the data version, so it rises in commit order) and notifies 'answer_version'
 * with '<epoch>:<version>' (delivered at commit, in commit order), which API processes LISTEN for.
 * Tables no cached answer reads (the audit log, API keys, sign-ins, the rollups, which move with
 * their fact tables) are left out. A table added later is covered with
 * SELECT cover_answer_version('its_table'); until it is, the cache stays off (answer-version.ts checks).
 */
const UNCOVERED = ['audit_log', 'api_key', 'sign_in_attempt', 'sign_in_session', 'data_version', 'schema_migration'];

export class AnswerVersion1763901400000 implements MigrationInterface {
  name = 'AnswerVersion1763901400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE data_version ADD COLUMN answer_version bigint NOT NULL DEFAULT 0');
    await q.query(`CREATE FUNCTION advance_answer_version() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE state text;
      BEGIN
        UPDATE data_version SET answer_version = answer_version + 1 RETURNING epoch || ':' || answer_version INTO state;
        PERFORM pg_notify('answer_version', state);
        RETURN NULL;
      END $$`);
    // A restore starts a new epoch (backup.service.ts) after bringing back an old answer_version: listeners must hear of it.
    await q.query(`CREATE FUNCTION notify_answer_epoch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('answer_version', NEW.epoch || ':' || NEW.answer_version); RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER data_version_epoch_notify AFTER UPDATE OF epoch ON data_version
      FOR EACH ROW EXECUTE FUNCTION notify_answer_epoch()`);
    await q.query(`CREATE FUNCTION cover_answer_version(covered regclass) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('CREATE TRIGGER answer_version_advance AFTER INSERT OR UPDATE OR DELETE ON %s
          FOR EACH STATEMENT EXECUTE FUNCTION advance_answer_version()', covered);
        EXECUTE format('CREATE TRIGGER answer_version_truncate AFTER TRUNCATE ON %s
          FOR EACH STATEMENT EXECUTE FUNCTION advance_answer_version()', covered);
      END $$`);
    const tables: { name: string }[] = await q.query(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL ($1) AND tablename NOT LIKE '%\\_monthly' ORDER BY 1`,
      [UNCOVERED],
    );
    for (const { name } of tables) await q.query('SELECT cover_answer_version($1::regclass)', [name]);
  }

  async down(q: QueryRunner): Promise<void> {
    const tables: { name: string }[] = await q.query(
      `SELECT DISTINCT c.relname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname IN ('answer_version_advance', 'answer_version_truncate')`,
    );
    for (const { name } of tables) {
      await q.query(`DROP TRIGGER answer_version_advance ON "${name}"`);
      await q.query(`DROP TRIGGER answer_version_truncate ON "${name}"`);
    }
    await q.query('DROP FUNCTION cover_answer_version(regclass)');
    await q.query('DROP TRIGGER data_version_epoch_notify ON data_version');
    await q.query('DROP FUNCTION notify_answer_epoch()');
    await q.query('DROP FUNCTION advance_answer_version()');
    await q.query('ALTER TABLE data_version DROP COLUMN answer_version');
  }
}
