import { NullableRevisions1763901150000 } from '../../../migrations/1763901150000-NullableRevisions';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const revision = (oldValue: number | null, newValue: number | null) => db.dataSource.query(
  `INSERT INTO figure_revision (financial_year, quarter, measure, old_value, new_value) VALUES ('2012/13', 1, 'police.operations', $1, $2)`, [oldValue, newValue],
);

describe('the NullableRevisions migration', () => {
  it('lets a revision say "no figure" on one side, never on both, and goes down and up again keeping the others', async () => {
    await db.dataSource.query(`INSERT INTO published_figure (financial_year, quarter, measure, value, published_by) VALUES ('2012/13', 1, 'police.operations', 2, 'test')`);
    await revision(2, 3);
    await revision(3, null);
    await revision(null, 3);
    await expect(revision(null, null)).rejects.toThrow(/figure_revision_has_a_figure/);
    const runner = db.dataSource.createQueryRunner();
    try {
      await new NullableRevisions1763901150000().down(runner);
      expect(await db.dataSource.query('SELECT old_value, new_value FROM figure_revision ORDER BY id')).toEqual([{ old_value: 2, new_value: 3 }]);
      await expect(revision(3, null)).rejects.toThrow(/null value/);
      await new NullableRevisions1763901150000().up(runner);
    } finally {
      await runner.release();
    }
    await revision(3, null);
    expect(await db.dataSource.query('SELECT old_value, new_value FROM figure_revision ORDER BY id')).toEqual([{ old_value: 2, new_value: 3 }, { old_value: 3, new_value: null }]);
  });
});
