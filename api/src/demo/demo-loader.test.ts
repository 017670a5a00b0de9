import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { TEST_HASH_SECRET } from '../../test/import-helpers';
import { resolveFigureQuery } from '../figures/figure-query';
import { computeFigures } from '../figures/figures.service';
import { loadReferenceCatalogue } from '../reference/reference-catalogue';
import published from '../reference/data/published-figures.json';
import { loadDemoDataIfEmpty } from './demo-loader';

let db: TestDatabase;
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-demo-'));
beforeAll(async () => (db = await createTestDatabase()));
afterAll(async () => {
  await db.drop();
  fs.rmSync(directory, { recursive: true, force: true });
});

describe('the demo data, loaded through the real importer', () => {
  it('loads into an empty database, and only into an empty one', async () => {
    const reports = await loadDemoDataIfEmpty(db.dataSource, { directory, hashSecret: TEST_HASH_SECRET });
    expect(reports?.map((r) => [r.dataset, r.status, r.rejected])).toEqual([
      ['police_operations', 'imported', 0], ['warning_letters', 'imported', 0], ['arrests', 'imported', 0],
      ['gaia_referrals', 'imported', 0], ['chrysalis_move_ons', 'imported', 0],
    ]);
    expect(await loadDemoDataIfEmpty(db.dataSource, { directory, hashSecret: TEST_HASH_SECRET })).toBeUndefined();
  });

  const expectations = Object.entries(published.financialYears).flatMap(([year, measures]) =>
    Object.entries(measures).map(([measure, figure]) => [year, measure, (figure as { value: number }).value] as const),
  );

  it.each(expectations)('reproduces the published %s figure for %s (%d) through figures', async (financialYear, measure, value) => {
    const reference = await loadReferenceCatalogue(db.dataSource);
    const result = await computeFigures(db.dataSource, resolveFigureQuery({ measure, financialYear }, reference), reference);
    expect(result.total).toBe(value);
  });

  it('has no Gaia referral before the Centre opened in January 2012', async () => {
    const [{ earliest }] = await db.dataSource.query(`SELECT to_char(min(date), 'YYYY-MM-DD') AS earliest FROM gaia_referral`);
    expect(earliest >= '2012-01-01').toBe(true);
  });
});
