import type { DataSource, EntityManager } from 'typeorm';
import { ALL_ROWS, withRowScope } from '../access/request-scope';
import type { AuthUser } from '../access/roles';
import { DATASETS, type DatasetName } from '../datasets/dataset-catalogue';
import { recordRevisions } from '../returns/quarterly-return.service';
import { badUserInput } from '../shared/errors';
import type { ImportBatchRecord, UndoImportBatchResult } from './import-batch.type';

interface BatchRow {
  id: number;
  dataset: DatasetName;
  checksum: string;
  importedBy: string;
  importedAt: Date;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  undoneAt: Date | null;
  undoneBy: string | null;
}

const BATCH_COLUMNS = `id, dataset, checksum, imported_by AS "importedBy", imported_at AS "importedAt", inserted, updated, unchanged, rejected,
  undone_at AS "undoneAt", undone_by AS "undoneBy"`;

/** "6 December 2026", as the day was in London. */
export const dayInWords = (instant: Date) => instant.toLocaleDateString('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * Why a batch cannot be undone, or null when it can. We keep no earlier values of a record (only
 * its current ones), so only a batch whose records are still all its own additions can be undone:
 * not one that changed records stored before it, nor one whose additions a later import changed.
 */
export function undoRefusal(batch: BatchRow, stillItsOwn: number, laterBatches: number[] = []): string | null {
  if (batch.undoneAt) return `batch ${batch.id} was already undone on ${dayInWords(batch.undoneAt)} by ${batch.undoneBy}`;
  if (batch.updated > 0) {
    return `batch ${batch.id} changed ${plural(batch.updated, 'record')} stored before it, and their earlier values are not kept, so undoing it cannot restore them; import a corrected file instead`;
  }
  const changed = batch.inserted - stillItsOwn;
  if (changed > 0) {
    const by = laterBatches.length ? ` (batch ${laterBatches.join(', ')})` : '';
    return `${plural(changed, 'record')} that batch ${batch.id} added ${changed === 1 ? 'was' : 'were'} changed since by a later import${by}: undoing this batch would take that import's changes with it; import a corrected file instead`;
  }
  return null;
}

/** How many records each batch still holds (not changed since by a later batch), per batch id. */
async function recordsStillOwned(manager: EntityManager, batches: BatchRow[]): Promise<Map<number, number>> {
  const owned = new Map<number, number>();
  const byDataset = new Map<DatasetName, number[]>();
  for (const b of batches) byDataset.set(b.dataset, [...(byDataset.get(b.dataset) ?? []), b.id]);
  for (const [dataset, ids] of byDataset) {
    const rows: { batch_id: number; n: number }[] = await manager.query(
      `SELECT batch_id, count(*)::int AS n FROM ${DATASETS[dataset].table} WHERE batch_id = ANY($1::int[]) GROUP BY batch_id`, [ids],
    );
    for (const row of rows) owned.set(row.batch_id, row.n);
  }
  return owned;
}

/** The import history, newest first, a page at a time; each batch says whether it can be undone. */
export function listImportBatches(dataSource: DataSource, user: AuthUser, limit: number, before: number | null | undefined): Promise<ImportBatchRecord[]> {
  return withRowScope(dataSource, user, ALL_ROWS, async (manager) => {
    const batches: BatchRow[] = await manager.query(
      `SELECT ${BATCH_COLUMNS} FROM import_batch WHERE $2::int IS NULL OR id < $2::int ORDER BY id DESC LIMIT $1`, [limit, before ?? null],
    );
    const owned = await recordsStillOwned(manager, batches);
    return batches.map((b) => ({ ...b, undoRefusal: undoRefusal(b, owned.get(b.id) ?? 0) }));
  });
}

/**
 * Removes every record a batch added, in one transaction: the rollup triggers take the deletes
 * off the monthly counts, published returns get their revisions, and the batch is marked undone
 * (kept, so the history still shows what came in and who took it out).
 */
export function undoImportBatch(dataSource: DataSource, user: AuthUser, id: number): Promise<UndoImportBatchResult> {
  return withRowScope(dataSource, user, ALL_ROWS, async (manager) => {
    const [found]: BatchRow[] = await manager.query(`SELECT ${BATCH_COLUMNS} FROM import_batch WHERE id = $1`, [id]);
    if (!found) throw badUserInput('id', `there is no import batch ${id}`);
    const table = DATASETS[found.dataset].table;
    // The importer's lock: no import of this dataset runs between the checks and the delete.
    await manager.query(`LOCK TABLE ${table} IN SHARE ROW EXCLUSIVE MODE`);
    const [batch]: BatchRow[] = await manager.query(`SELECT ${BATCH_COLUMNS} FROM import_batch WHERE id = $1 FOR UPDATE`, [id]);
    const owned = (await recordsStillOwned(manager, [batch])).get(id) ?? 0;
    const later: { id: number }[] = batch.inserted > owned
      ? await manager.query('SELECT id FROM import_batch WHERE dataset = $1 AND id > $2 AND updated > 0 AND undone_at IS NULL ORDER BY id', [batch.dataset, id])
      : [];
    const refusal = undoRefusal(batch, owned, later.map((b) => b.id));
    if (refusal) throw badUserInput('id', refusal);
    const [{ removed }]: { removed: number }[] = await manager.query(
      `WITH gone AS (DELETE FROM ${table} WHERE batch_id = $1 RETURNING 1) SELECT count(*)::int AS removed FROM gone`, [id],
    );
    // Published returns never change silently: what the undo changes in them is recorded, against this batch.
    const revisions = removed > 0 ? await recordRevisions(manager, id) : 0;
    // A CTE, since TypeORM hands back an UPDATE's rows with its count rather than alone.
    const [undone]: BatchRow[] = await manager.query(
      `WITH marked AS (UPDATE import_batch SET undone_at = now(), undone_by = $2 WHERE id = $1 RETURNING *) SELECT ${BATCH_COLUMNS} FROM marked`,
      [id, `${user.role}:${user.subject}`],
    );
    return { batch: { ...undone, undoRefusal: undoRefusal(undone, 0) }, removed, revisions };
  });
}
