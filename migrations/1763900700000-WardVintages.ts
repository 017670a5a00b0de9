import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ward geography as data: each ward belongs to the vintage of ONS codes it was first issued in
 * ("WD02", "WD22", ...), loaded from ONS's own lookup file, so the next boundary review needs no
 * code change. ward_best_fit carries old wards into new ones for trends across a change.
 */
export class WardVintages1763900700000 implements MigrationInterface {
  name = 'WardVintages1763900700000';

  async up(q: QueryRunner): Promise<void> {
    // ONS names a vintage after the year its wards took effect (WD22: from May 2022), so stored wards get theirs from valid_from.
    await q.query('ALTER TABLE ward ADD COLUMN vintage text');
    await q.query(`UPDATE ward SET vintage = 'WD' || to_char(valid_from, 'YY')`);
    await q.query(`ALTER TABLE ward ALTER COLUMN vintage SET NOT NULL, ADD CONSTRAINT ward_vintage_check CHECK (vintage ~ '^WD[0-9]{2}$')`);
    await q.query('CREATE INDEX ward_vintage_idx ON ward (vintage, valid_from)');
    await q.query(`
      CREATE TABLE ward_best_fit (
        from_ward_code varchar(9) NOT NULL REFERENCES ward (gss_code),
        to_ward_code varchar(9) NOT NULL REFERENCES ward (gss_code),
        share numeric NOT NULL CHECK (share > 0 AND share <= 1),
        PRIMARY KEY (from_ward_code, to_ward_code),
        CHECK (from_ward_code <> to_ward_code)
      )`);
    await q.query('CREATE INDEX ward_best_fit_to_idx ON ward_best_fit (to_ward_code)');
    // Reference data, like ward itself: public geography, readable by every request, written only by the owner (the CLI).
    await q.query('GRANT SELECT ON ward_best_fit TO vawg_app');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE ward_best_fit');
    await q.query('ALTER TABLE ward DROP COLUMN vintage');
  }
}
