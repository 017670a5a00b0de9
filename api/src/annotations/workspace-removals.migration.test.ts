import { WorkspaceRemovals1763901200000 } from '../../../migrations/1763901200000-WorkspaceRemovals';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { firstError, runAs } from '../../test/support/graphql-as';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const ADD = `mutation { addAnnotation(date: "2013-01-01", title: "Kept") { id } }`;
const REMOVE = `mutation ($id: ID!) { removeAnnotation(id: $id) { id } }`;

describe('the WorkspaceRemovals migration', () => {
  it('goes down (an analyst\'s removal is refused by the database, the note kept) and up again (removed)', async () => {
    const migration = new WorkspaceRemovals1763901200000();
    const id = (await runAs(db, 'analyst', ADD)).data?.addAnnotation.id;
    const runner = db.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      expect(firstError(await runAs(db, 'analyst', REMOVE, { id }))?.message).toMatch(/permission denied for table analyst_note/);
      expect(await db.dataSource.query('SELECT title FROM analyst_note')).toEqual([{ title: 'Kept' }]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect((await runAs(db, 'analyst', REMOVE, { id })).errors).toBeUndefined();
    expect(await db.dataSource.query('SELECT title FROM analyst_note')).toEqual([]);
  });

  it('lets only an analyst\'s request delete, whatever the application asks', async () => {
    await db.dataSource.query(`INSERT INTO series_break (measure, starts_on, reason, created_by) VALUES ('police.operations', '2013-01-01', 'x', 'test')`);
    // A member's request reaches no row: the policy lets analysts' requests alone delete.
    await db.requestDataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('vawg.role', 'member', true)`);
      await manager.query(`DELETE FROM series_break WHERE reason = 'x'`);
    });
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM series_break WHERE reason = 'x'`)).toEqual([{ n: 1 }]);
  });
});
