import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { TEST_HASH_SECRET } from '../../test/import-helpers';
import { resolveFigureQuery } from '../figures/figure-query';
import { computeFigures } from '../figures/figures.service';
import { financialYearLabel, financialYearStartYear, lastCompleteQuarter } from '../shared/financial-periods';
import { findSignals } from '../issues/signals.service';
import { loadReferenceCatalogue } from '../reference/reference-catalogue';
import published from '../reference/data/published-figures.json';
import { londonToday } from '../shared/dates';
import { loadDemoDataIfEmpty } from './demo-loader';

let db: TestDatabase;
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-demo-'));
/** The demo as `npm start` loads it, to the last complete quarter before today. */
const TODAY = londonToday();
beforeAll(async () => (db = await createTestDatabase()));
afterAll(async () => {
  await db.drop();
  fs.rmSync(directory, { recursive: true, force: true });
});

const figure = async (measure: string, financialYear: string) => {
  const reference = await loadReferenceCatalogue(db.dataSource);
  return (await computeFigures(db.dataSource, resolveFigureQuery({ measure, financialYear }, reference), reference)).total;
};

describe('the demo data, loaded through the real importer', () => {
  it('loads into an empty database, and only into an empty one', async () => {
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM target')).toEqual([{ n: 0 }]);
    const reports = await loadDemoDataIfEmpty(db.dataSource, { directory, hashSecret: TEST_HASH_SECRET, today: TODAY });
    expect(reports?.map((r) => [r.dataset, r.status, r.rejected])).toEqual([
      ['police_operations', 'imported', 0], ['warning_letters', 'imported', 0], ['arrests', 'imported', 0],
      ['gaia_referrals', 'imported', 0], ['chrysalis_move_ons', 'imported', 0],
    ]);
    expect(await loadDemoDataIfEmpty(db.dataSource, { directory, hashSecret: TEST_HASH_SECRET, today: TODAY })).toBeUndefined();
  });

  const expectations = Object.entries(published.financialYears).flatMap(([year, measures]) =>
    Object.entries(measures).map(([measure, figure]) => [year, measure, (figure as { value: number }).value] as const),
  );

  it.each(expectations)('reproduces the published %s figure for %s (%d) through figures', async (financialYear, measure, value) => {
    expect(await figure(measure, financialYear)).toBe(value);
  });

  it('has no Gaia referral before the Centre opened in January 2012', async () => {
    const [{ earliest }] = await db.dataSource.query(`SELECT to_char(min(date), 'YYYY-MM-DD') AS earliest FROM gaia_referral`);
    expect(earliest >= '2012-01-01').toBe(true);
  });

  it('reaches the last complete quarter before today, on the wards of the ward table valid on each date', async () => {
    const [{ last }] = await db.dataSource.query(`SELECT to_char(max(date), 'YYYY-MM') AS last FROM gaia_referral`);
    expect(last).toBe(lastCompleteQuarter(TODAY).end.slice(0, 7));
    const byVintage: { vintage: string; first: string; last: string }[] = await db.dataSource.query(
      `SELECT w.vintage, to_char(min(r.date), 'YYYY-MM-DD') AS first, to_char(max(r.date), 'YYYY-MM-DD') AS last
       FROM gaia_referral r JOIN ward w ON w.gss_code = r.ward_code GROUP BY w.vintage ORDER BY w.vintage`,
    );
    expect(byVintage.map(({ vintage }) => vintage)).toEqual(['WD02', 'WD22']);
    expect(byVintage[0].last <= '2022-05-04' && byVintage[1].first >= '2022-05-05').toBe(true);
  });

  it('sets illustrative targets for every year from 2012/13 to the current one, each after the first two a little above the year before', async () => {
    const years: { financial_year: string; targets: number; illustrative: boolean }[] = await db.dataSource.query(
      'SELECT financial_year, count(*)::int AS targets, bool_and(illustrative) AS illustrative FROM target GROUP BY financial_year ORDER BY financial_year',
    );
    const current = financialYearStartYear(TODAY);
    expect(years.map((y) => y.financial_year)).toEqual(Array.from({ length: current - 2012 + 1 }, (_, i) => financialYearLabel(2012 + i)));
    expect(years.every((y) => y.targets === 8 && y.illustrative)).toBe(true);
    const [briefing] = await db.dataSource.query(`SELECT value FROM target WHERE financial_year = '2012/13' AND measure = 'gaia.referrals'`);
    expect(briefing.value).toBe(1500);
    const lastYear = financialYearLabel(current - 1);
    const [{ value }] = await db.dataSource.query(`SELECT value FROM target WHERE financial_year = $1 AND measure = 'gaia.referrals'`, [financialYearLabel(current)]);
    expect(value).toBe(Math.round(((await figure('gaia.referrals', lastYear))! * 1.03) / 50) * 50);
  });

  it('gives the signal search forced begging to find: trafficking referrals for it, rising in the latest months', async () => {
    const reference = await loadReferenceCatalogue(db.dataSource);
    const signals = await db.dataSource.transaction((manager) => findSignals(manager, reference, 100, TODAY));
    const forcedBegging = signals.find((s) => s.id === 'gaia.trafficking_forced_begging|STRAND|trafficking');
    expect(forcedBegging).toMatchObject({ direction: 'high' });
  });
});
