import { ImportUndo1763901100000 } from '../../../migrations/1763901100000-ImportUndo';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const hasUndoColumns = async () =>
  (await db.dataSource.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'import_batch' AND column_name IN ('undone_at', 'undone_by')`)).length === 2;

/** A DELETE as a request makes it: role vawg_app, in a transaction that says who is asking. */
async function deleteAs(role: string): Promise<number> {
  return db.requestDataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('vawg.role', $1, true), set_config('vawg.scope', 'all', true)`, [role]);
    const [{ n }] = await manager.query('WITH gone AS (DELETE FROM police_operation RETURNING 1) SELECT count(*)::int AS n FROM gone');
    return n;
  });
}

describe('the ImportUndo migration', () => {
  it('goes down and up again, keeping the batches', async () => {
    await importCsv(db.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', 'OP-1,2012-05-01,E05000420,kerb_crawling'));
    const runner = db.dataSource.createQueryRunner();
    try {
      await new ImportUndo1763901100000().down(runner);
      expect(await hasUndoColumns()).toBe(false);
      await new ImportUndo1763901100000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await hasUndoColumns()).toBe(true);
    expect(await db.dataSource.query('SELECT inserted, undone_at, undone_by FROM import_batch')).toEqual([{ inserted: 1, undone_at: null, undone_by: null }]);
    await expect(db.dataSource.query(`UPDATE import_batch SET undone_at = now()`)).rejects.toThrow(/check constraint/);
  });

  it("lets only an analyst's request delete records", async () => {
    for (const role of ['member', 'funder', 'councillor']) expect(await deleteAs(role)).toBe(0);
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM police_operation')).toEqual([{ n: 1 }]);
    expect(await deleteAs('analyst')).toBe(1);
  });
});
