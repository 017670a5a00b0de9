import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Quarterly returns, once published, are frozen; later changes to their figures become revisions. */
export class PublishedReturns1763900300000 implements MigrationInterface {
  name = 'PublishedReturns1763900300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE published_figure (
        financial_year text NOT NULL CHECK (financial_year ~ '^[0-9]{4}/[0-9]{2}$'),
        quarter integer NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        measure text NOT NULL,
        value double precision NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by text NOT NULL,
        PRIMARY KEY (financial_year, quarter, measure)
      )`);
    await q.query(`
      CREATE TABLE figure_revision (
        id serial PRIMARY KEY,
        financial_year text NOT NULL,
        quarter integer NOT NULL,
        measure text NOT NULL,
        old_value double precision NOT NULL,
        new_value double precision NOT NULL,
        detected_at timestamptz NOT NULL DEFAULT now(),
        batch_id integer REFERENCES import_batch(id),
        FOREIGN KEY (financial_year, quarter, measure) REFERENCES published_figure (financial_year, quarter, measure)
      )`);
    // Published history is never rewritten by the application: insert and read only.
    await q.query('GRANT SELECT, INSERT ON published_figure, figure_revision TO vawg_app');
    await q.query('GRANT USAGE ON SEQUENCE figure_revision_id_seq TO vawg_app');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE figure_revision');
    await q.query('DROP TABLE published_figure');
  }
}
