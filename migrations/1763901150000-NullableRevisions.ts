import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A published figure can come to have no figure at all (undoing a dataset's only import leaves it not
 * collected): its revision says so with new_value NULL, and a later import that brings a figure back
 * revises it from NULL. A revision always has a figure on one side.
 */
export class NullableRevisions1763901150000 implements MigrationInterface {
  name = 'NullableRevisions1763901150000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE figure_revision ALTER COLUMN old_value DROP NOT NULL, ALTER COLUMN new_value DROP NOT NULL');
    await q.query('ALTER TABLE figure_revision ADD CONSTRAINT figure_revision_has_a_figure CHECK (old_value IS NOT NULL OR new_value IS NOT NULL)');
  }

  async down(q: QueryRunner): Promise<void> {
    // The columns cannot hold "no figure" any more: those revisions go (the earlier schema could not record them).
    await q.query('ALTER TABLE figure_revision DROP CONSTRAINT figure_revision_has_a_figure');
    await q.query('DELETE FROM figure_revision WHERE old_value IS NULL OR new_value IS NULL');
    await q.query('ALTER TABLE figure_revision ALTER COLUMN old_value SET NOT NULL, ALTER COLUMN new_value SET NOT NULL');
  }
}
