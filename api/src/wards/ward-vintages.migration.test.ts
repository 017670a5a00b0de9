import { WardVintages1763900700000 } from '../../../migrations/1763900700000-WardVintages';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const vintages = async () => db.dataSource.query('SELECT vintage, count(*)::int AS wards FROM ward GROUP BY vintage ORDER BY vintage');

describe('the WardVintages migration', () => {
  it('goes down and up again, giving each stored ward the vintage of the year it began', async () => {
    expect(await vintages()).toEqual([{ vintage: 'WD02', wards: 21 }, { vintage: 'WD22', wards: 25 }]);
    const runner = db.dataSource.createQueryRunner();
    try {
      await new WardVintages1763900700000().down(runner);
      expect(await db.dataSource.query(`SELECT to_regclass('ward_best_fit') AS t`)).toEqual([{ t: null }]);
      await new WardVintages1763900700000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await vintages()).toEqual([{ vintage: 'WD02', wards: 21 }, { vintage: 'WD22', wards: 25 }]);
    await expect(db.dataSource.query(`UPDATE ward SET vintage = '2022' WHERE gss_code = 'E05014095'`)).rejects.toThrow(/check constraint/);
  });

  it('lets every request read the best fits, and only the owner (the CLI) write them', async () => {
    await db.dataSource.query(`INSERT INTO ward_best_fit VALUES ('E05000417', 'E05014095', 1)`);
    expect(await db.requestDataSource.query('SELECT from_ward_code, share::float8 AS share FROM ward_best_fit')).toEqual([{ from_ward_code: 'E05000417', share: 1 }]);
    await expect(db.requestDataSource.query(`DELETE FROM ward_best_fit`)).rejects.toThrow(/permission denied/);
    await expect(db.requestDataSource.query(`UPDATE ward SET name = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(db.dataSource.query(`INSERT INTO ward_best_fit VALUES ('E05000418', 'E05014095', 0)`)).rejects.toThrow(/check constraint/);
  });
});
