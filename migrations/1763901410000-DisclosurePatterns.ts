import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suppression patterns kept per disclosure release (api/src/figures/persisted-patterns.ts): a
 * funder's or councillor's first read of a year after a release computes one in seconds; every
 * process after that reads it. Derived data, like a cache: written by the request role, never
 * changed, and not covered by the answer version (answers do not change when a pattern is kept).
 */
export class DisclosurePatterns1763901410000 implements MigrationInterface {
  name = 'DisclosurePatterns1763901410000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE disclosure_pattern (
        release_id integer NOT NULL REFERENCES disclosure_release (id) ON DELETE CASCADE,
        pattern_key text NOT NULL,
        -- The hash of the code that decided the pattern: other rules never read it.
        rules text NOT NULL,
        marks bytea NOT NULL,
        unprotectable integer[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (release_id, pattern_key, rules)
      )`);
    await q.query('GRANT SELECT, INSERT ON disclosure_pattern TO vawg_app');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE disclosure_pattern');
  }
}
