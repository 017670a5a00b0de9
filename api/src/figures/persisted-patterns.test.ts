import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { BRIXTON_HILL, csv, importCsv, releaseToFunders, smallFgmCellLines } from '../../test/import-helpers';
import type { AuthUser } from '../access/roles';
import { answerFigures } from './answer-figures';
import type { FigureArgs } from './figure-query';
import { loadReferenceCatalogue } from '../reference/reference-catalogue';
import { forgetPatternsInMemory } from './disclose-figures';

/** A release's suppression patterns are computed once and kept in the database for every process after. */
let db: TestDatabase;
const funder: AuthUser = { subject: 'f', role: 'funder', wards: [] };

beforeAll(async () => {
  db = await createTestDatabase();
  const lines = smallFgmCellLines();
  await importCsv(db.dataSource, 'gaia_referrals', csv(...lines));
  await releaseToFunders(db.dataSource);
}, 300_000);
afterAll(() => db.drop());

async function ask(args: Partial<FigureArgs>) {
  const context = { user: funder, dataSource: db.requestDataSource, reference: () => loadReferenceCatalogue(db.requestDataSource) };
  return answerFigures(context, { measure: 'gaia.referrals', financialYear: '2012/13', granularity: 'MONTH', groupBy: ['WARD', 'STRAND'], ...args });
}

const suppressedCount = (rows: { suppressed: boolean }[]) => rows.filter((r) => r.suppressed).length;

describe('suppression patterns kept per release', () => {
  it('keeps the pattern a funder\'s first read computed, and a process without it in memory reads it back', async () => {
    forgetPatternsInMemory();
    const first = await ask({});
    expect(suppressedCount(first.rows)).toBeGreaterThan(0);
    const kept = await db.dataSource.query('SELECT release_id, length(marks) AS cells FROM disclosure_pattern');
    expect(kept).toHaveLength(1);
    expect(kept[0].cells).toBeGreaterThan(0);

    forgetPatternsInMemory(); // as another API process, or this one after a restart
    expect(await ask({})).toEqual(first);
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM disclosure_pattern')).toEqual([{ n: 1 }]);
  });

  it('uses the kept pattern rather than computing it again (a tampered one shows)', async () => {
    const published = await ask({});
    // Every mark set to 0 (published): an answer computed afresh would withhold the small cells again.
    await db.dataSource.query(`UPDATE disclosure_pattern SET marks = decode(repeat('00', length(marks)), 'hex')`);
    forgetPatternsInMemory();
    expect(suppressedCount((await ask({})).rows)).toBe(0);
    // A pattern whose cube no longer matches (say, kept by other rules) is computed again, never misread.
    await db.dataSource.query(`UPDATE disclosure_pattern SET marks = '\\x00'::bytea`);
    forgetPatternsInMemory();
    expect(await ask({})).toEqual(published);
  });
});
