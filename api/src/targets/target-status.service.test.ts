import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { TEST_HASH_SECRET } from '../../test/import-helpers';
import { loadDemoDataIfEmpty } from '../demo/demo-loader';
import { firstError, runAs } from '../../test/support/graphql-as';
import { loadDemoTargets } from './demo-targets';
import { formatChangeOnLastYear } from './target-progress';
import { targetReview } from './target-status.service';
import type { NamedStatement } from '../shared/queryable';
import { loadReferenceCatalogue } from '../reference/reference-catalogue';

let db: TestDatabase;
// The briefing's years are all this needs: the demo made on 1 April 2014 holds them (to March 2014) and their 16 targets.
const BRIEFING_ONLY = '2014-04-01';
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-review-demo-'));

// The real demo data (2011/12 to 2013/14, published 2012/13 totals) and the illustrative targets.
beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoDataIfEmpty(db.dataSource, { directory, hashSecret: TEST_HASH_SECRET, today: BRIEFING_ONLY });
  // The demo loader brings the illustrative targets with it; loading them again changes nothing.
  expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM target WHERE financial_year IN ('2012/13', '2013/14')`)).toEqual([{ n: 16 }]);
  expect(await loadDemoTargets(db.dataSource, BRIEFING_ONLY)).toBe(0);
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(directory, { recursive: true, force: true });
});

const STATUSES = `query ($financialYear: String!, $quarter: Int!) {
  targetStatuses(financialYear: $financialYear, quarter: $quarter) {
    target { measure { id } value illustrative } financialYear quarter actualToDate targetToDate percentOfTarget rag
    samePeriodLastYear changeOnLastYear yearEndForecast variation assurance sparkline { period value segment } summary
  }
}`;

interface Status {
  target: { measure: { id: string }; value: number | null; illustrative: boolean };
  actualToDate: number; targetToDate: number | null; percentOfTarget: number | null; rag: string;
  samePeriodLastYear: number | null; changeOnLastYear: number | null; yearEndForecast: number | null;
  variation: string | null; assurance: string | null; sparkline: { period: string; value: number; segment: number }[]; summary: string;
}

async function statuses(financialYear: string, quarter: number): Promise<Status[]> {
  const result = await runAs(db, 'member', STATUSES, { financialYear, quarter });
  expect(result.errors).toBeUndefined();
  return result.data?.targetStatuses;
}

/** measure → [actual, target to date, RAG, same period last year, change as the briefing writes it]. */
const row = (s: Status) => [s.target.measure.id, s.actualToDate, s.targetToDate, s.rag, s.samePeriodLastYear, formatChangeOnLastYear(s.changeOnLastYear)];

describe('target status on the demo data', () => {
  it('shows 2012/13 at Q4 with the briefing\'s +83%, +81% and +50%, every target exceeded as it says', async () => {
    // Q4 is the year end, so the target to date is the annual target: green exactly when the actual reaches it.
    expect((await statuses('2012/13', 4)).map(row)).toEqual([
      ['police.operations', 22, 20, 'GREEN', 12, '+83%'],
      ['police.warning_letters', 102, 90, 'GREEN', 60, '+70%'],
      ['arrests.women_soliciting', 67, null, 'NONE', 52, '+29%'],
      ['arrests.women_drug_test_referred', 67, 60, 'GREEN', 37, '+81%'],
      ['arrests.women_drug_test_referral_rate', 100, 100, 'GREEN', (100 * 37) / 52, '+41%'],
      ['arrests.men_buying', 50, 45, 'GREEN', 30, '+67%'],
      // The Gaia Centre opened in January 2012: the same months last year hold only its first quarter.
      ['gaia.referrals', 1571, 1500, 'GREEN', 372, '+322%'],
      ['chrysalis.move_ons', 15, 14, 'GREEN', 10, '+50%'],
    ]);
  });

  it('counts every target\'s figures in one statement, whatever the number of targets', async () => {
    const figureStatements: string[] = [];
    const manager = new Proxy(db.dataSource.manager, {
      get(target, property, receiver) {
        if (property !== 'query') return Reflect.get(target, property, receiver);
        return (sql: string | NamedStatement, parameters?: unknown[]) => {
          const text = typeof sql === 'string' ? sql : sql.text;
          if (text.includes(' AS numerator')) figureStatements.push(text);
          return target.query(sql as string, parameters); // a named statement passes through, as queryPrepared relies on
        };
      },
    });
    const review = await targetReview(manager, await loadReferenceCatalogue(db.dataSource), '2012/13', 4);
    expect(review.statuses).toHaveLength(8);
    expect(figureStatements).toHaveLength(1);
  });

  it('gives the exact changes, percentages of target and year-end forecasts', async () => {
    const byMeasure = new Map((await statuses('2012/13', 4)).map((s) => [s.target.measure.id, s]));
    const operations = byMeasure.get('police.operations') as Status;
    expect(operations.changeOnLastYear).toBeCloseTo(10 / 12, 12);
    expect(operations.percentOfTarget).toBeCloseTo(110, 12);
    expect(operations.yearEndForecast).toBe(22);
    expect(byMeasure.get('arrests.women_drug_test_referred')?.changeOnLastYear).toBeCloseTo(30 / 37, 12);
    expect(byMeasure.get('chrysalis.move_ons')?.changeOnLastYear).toBe(0.5);
    expect(byMeasure.get('arrests.women_drug_test_referral_rate')?.yearEndForecast).toBe(100);
    expect(byMeasure.get('arrests.women_soliciting')?.percentOfTarget).toBeNull();
  });

  it('shows green, amber and red at the end of 2013/14, each worked out from the illustrative targets', async () => {
    expect((await statuses('2013/14', 4)).map((s) => [s.target.measure.id, s.actualToDate, s.targetToDate, s.rag])).toEqual([
      ['police.operations', 26, 24, 'GREEN'],
      ['police.warning_letters', 115, 110, 'GREEN'],
      ['arrests.women_soliciting', 70, null, 'NONE'],
      // 66 of 75: behind by 9, more than the 7.5 tolerance, and below last year's 67.
      ['arrests.women_drug_test_referred', 66, 75, 'RED'],
      // 66 of 70 arrested is 94.3%: behind 100% by 5.7 points, within the 10-point tolerance.
      ['arrests.women_drug_test_referral_rate', (100 * 66) / 70, 100, 'AMBER'],
      ['arrests.men_buying', 58, 55, 'GREEN'],
      ['gaia.referrals', 1702, 1650, 'GREEN'],
      // 18 of 20: behind by exactly the tolerance of 2.
      ['chrysalis.move_ons', 18, 20, 'AMBER'],
    ]);
  });

  it('profiles the target through the year and forecasts the year end from the run rate', async () => {
    for (const quarter of [1, 2, 3]) {
      const [operations, , , , rate] = await statuses('2012/13', quarter);
      expect(operations.targetToDate).toBe(5 * quarter);
      expect(operations.yearEndForecast).toBeCloseTo((operations.actualToDate / (3 * quarter)) * 12, 12);
      expect(rate.targetToDate).toBe(100);
    }
  });

  it('draws the sparkline monthly from April of the previous year, with a new baseline where the series breaks', async () => {
    const byMeasure = new Map((await statuses('2012/13', 4)).map((s) => [s.target.measure.id, s]));
    const operations = (byMeasure.get('police.operations') as Status).sparkline;
    expect([operations.length, operations[0].period, operations[23].period]).toEqual([24, '2011-04', '2013-03']);
    expect(operations.slice(12).reduce((sum, p) => sum + p.value, 0)).toBe(22);
    expect(operations.slice(0, 12).reduce((sum, p) => sum + p.value, 0)).toBe(12);
    const gaia = (byMeasure.get('gaia.referrals') as Status).sparkline;
    // From January 2012, when the Gaia Centre opened: the nine months before were not collected, so they are not drawn as 0.
    expect([gaia.length, gaia[0].period, gaia[14].period]).toEqual([15, '2012-01', '2013-03']);
    for (const status of byMeasure.values()) expect(status.variation).not.toBeNull();
  });

  it('says it in one sentence', async () => {
    const [operations, , soliciting, , , , , moveOns] = await statuses('2012/13', 4);
    expect(operations.summary).toBe('Kerb-crawler operations: 22 in 2012/13 to the end of Q4 against a target to date of 20 (110%), green: on or ahead of profile; +83% on the same period last year (12).');
    expect(soliciting.summary).toBe('Women arrested for soliciting: 67 in 2012/13 to the end of Q4 (activity only: no target); +29% on the same period last year (52).');
    expect(moveOns.summary).toBe('Chrysalis move-ons: 15 in 2012/13 to the end of Q4 against a target to date of 14 (107%), green: on or ahead of profile; +50% on the same period last year (10).');
    const [, , , referred, , , , amber] = await statuses('2013/14', 4);
    expect(referred.summary).toBe('Women arrested and referred for a drug test: 66 in 2013/14 to the end of Q4 against a target to date of 75 (88%), red: behind profile by more than the 10% tolerance, and no better than the same period last year; -1% on the same period last year (67).');
    expect(amber.summary).toBe('Chrysalis move-ons: 18 in 2013/14 to the end of Q4 against a target to date of 20 (90%), amber: behind profile, within the 10% tolerance; +20% on the same period last year (15).');
  });

  it('has nothing to compare with before records began', async () => {
    const set = await runAs(db, 'analyst', `mutation { setTarget(input: { financialYear: "2011/12", measure: "police.operations", value: 10, polarity: HIGHER_IS_BETTER }) { id } }`);
    expect(set.errors).toBeUndefined();
    const [operations] = await statuses('2011/12', 4);
    expect(operations.samePeriodLastYear).toBeNull();
    expect(operations.changeOnLastYear).toBeNull();
    expect(operations.summary).toMatch(/; no records for the same period last year to compare with\.$/);
  });

  it('labels the demo targets illustrative and never overwrites a target already set', async () => {
    const [operations] = await statuses('2012/13', 4);
    expect(operations.target).toEqual({ measure: { id: 'police.operations' }, value: 20, illustrative: true });
    expect(await loadDemoTargets(db.dataSource, BRIEFING_ONLY)).toBe(0);
  });

  it('refuses a quarter outside 1 to 4 and a malformed year, naming the argument', async () => {
    expect(firstError(await runAs(db, 'member', STATUSES, { financialYear: '2012/13', quarter: 5 }))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'quarter', message: 'Argument "quarter": must be 1, 2, 3 or 4 (Q1 is April to June); got 5',
    });
    expect(firstError(await runAs(db, 'member', STATUSES, { financialYear: '2012', quarter: 1 }))?.argument).toBe('financialYear');
  });

  it('keeps target statuses from funders', async () => {
    expect(firstError(await runAs(db, 'funder', STATUSES, { financialYear: '2012/13', quarter: 4 }))?.code).toBe('UNAUTHORIZED');
  });
});
