import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import { firstError, runAs } from '../../test/support/graphql-as';
import { defaultChartRange } from '../spc/monthly-series';

let db: TestDatabase;

/** Kerb-crawling operations per month from April 2012: six quiet months, then eight busier ones after a change in recording. */
const MONTHLY_OPERATIONS: [string, number][] = [
  ['2012-04', 1], ['2012-05', 2], ['2012-06', 1], ['2012-07', 2], ['2012-08', 1], ['2012-09', 2],
  ['2012-10', 4], ['2012-11', 5], ['2012-12', 4], ['2013-01', 5], ['2013-02', 4], ['2013-03', 5], ['2013-04', 4], ['2013-05', 5],
];

beforeAll(async () => {
  db = await createTestDatabase();
  const rows = MONTHLY_OPERATIONS.flatMap(([month, count]) =>
    Array.from({ length: count }, (_, i) => `OP-${month}-${i},${month}-${String(10 + i).padStart(2, '0')},E05000420,kerb_crawling`));
  const report = await importCsv(db.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', ...rows, 'OTHER-1,2012-06-01,E05000420,other'));
  expect(report.status).toBe('imported');
});
afterAll(() => db.drop());

const CHART = `query ($measure: ID!, $strand: String, $ward: String, $from: Date, $to: Date) {
  spcChart(measure: $measure, strand: $strand, ward: $ward, from: $from, to: $to) {
    measure { id } strand ward variation assurance summary
    points { period value mean upperLimit lowerLimit segment limitsStatus specialCauses { rule direction } }
    breaks { measure startsOn reason }
    annotations { date kind title }
  }
}`;
const chart = async (variables: Record<string, unknown>) => {
  const result = await runAs(db, 'member', CHART, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.spcChart;
};
const rules = (points: { specialCauses: { rule: string; direction: string }[] }[]) => points.map((p) => p.specialCauses.map((c) => `${c.rule}:${c.direction}`).join(' '));

describe('the default range of a chart', () => {
  const collection = (collectedFrom: string | null, reason: string | null = null) => ({ dataset: 'gaia_referrals' as const, collectedFrom, reason });

  it('runs from when collection began, or the first record if later, to the last full month with data', () => {
    // Collected from January 2012 (a service opening): records dated earlier do not stretch the chart back.
    expect(defaultChartRange({ collection: collection('2012-01-01', 'opened'), firstMonth: '2009-06', lastMonth: '2014-03' }, '2025-01-15')).toEqual({ from: '2012-01-01', to: '2014-03-31' });
    // Collected long before anything was imported: no months of invented zeros.
    expect(defaultChartRange({ collection: collection('2005-04-01', 'began'), firstMonth: '2012-01', lastMonth: '2014-03' }, '2025-01-15')).toEqual({ from: '2012-01-01', to: '2014-03-31' });
    // No reference date: the first month with records, whenever that was (no year is written into the code).
    expect(defaultChartRange({ collection: collection('2009-06-01'), firstMonth: '2009-06', lastMonth: '2014-03' }, '2025-01-15')).toEqual({ from: '2009-06-01', to: '2014-03-31' });
    // The latest record's month is not over yet: stop at the month before.
    expect(defaultChartRange({ collection: collection('2012-01-01'), firstMonth: '2012-01', lastMonth: '2014-03' }, '2014-03-28')).toEqual({ from: '2012-01-01', to: '2014-02-28' });
    expect(defaultChartRange({ collection: collection(null), firstMonth: null, lastMonth: null }, '2014-03-28')).toBeNull();
  });
});

describe('an SPC chart of a measure', () => {
  it('charts the monthly series from the figures, quiet months as 0, with its limits and special causes', async () => {
    const result = await chart({ measure: 'police.operations' });
    expect(result.points.map((p: { period: string; value: number }) => [p.period, p.value])).toEqual(MONTHLY_OPERATIONS);
    // One baseline locked at the first 12 points: mean 36 / 12 = 3; the last eight are all above it.
    expect(result.points[13]).toMatchObject({ mean: 3, segment: 0, limitsStatus: 'LOCKED' });
    // Mean moving range 12 / 11, so the near-limit band is 3 ± 1.934: the quiet months' 1s are beyond it, two in three.
    expect(rules(result.points)).toEqual([
      'TWO_OF_THREE:LOW', '', 'TWO_OF_THREE:LOW', '', 'TWO_OF_THREE:LOW', '',
      'SHIFT:HIGH', 'SHIFT:HIGH TWO_OF_THREE:HIGH', 'SHIFT:HIGH', 'SHIFT:HIGH TWO_OF_THREE:HIGH',
      'SHIFT:HIGH', 'SHIFT:HIGH TWO_OF_THREE:HIGH', 'SHIFT:HIGH', 'SHIFT:HIGH TWO_OF_THREE:HIGH',
    ]);
    expect(result.variation).toBe('SPECIAL_CAUSE_IMPROVEMENT');
    expect(result.annotations).toEqual([
      { date: '2012-12-01', kind: 'campaign', title: "'Know the Difference' and 'Thinking about buying sex? Think again!' relaunched for the Christmas period" },
      { date: '2013-05-01', kind: 'campaign', title: "'This is abuse' campaign on intimate partner abuse among young people launched" },
    ]);
  });

  it('rebases at a recorded break, so no rule spans it', async () => {
    const added = await runAs(db, 'analyst', `mutation { addSeriesBreak(measure: "police.operations", startsOn: "2012-10-01", reason: "New recording system") { measure startsOn reason } }`);
    expect(added.data?.addSeriesBreak).toEqual({ measure: 'police.operations', startsOn: '2012-10-01', reason: 'New recording system' });

    const result = await chart({ measure: 'police.operations' });
    expect(result.points.map((p: { segment: number }) => p.segment)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
    // Each side has its own mean and limits: 1.5 ± 2.66 (drawn from 0) and 4.5 ± 2.66; both still trial.
    expect(result.points[0]).toMatchObject({ mean: 1.5, upperLimit: 4.16, lowerLimit: 0, limitsStatus: 'TRIAL' });
    expect(result.points[13]).toMatchObject({ mean: 4.5, upperLimit: 7.16, lowerLimit: 1.84, limitsStatus: 'TRIAL' });
    expect(rules(result.points).every((r) => r === '')).toBe(true);
    expect(result.variation).toBe('COMMON_CAUSE');
    expect(result.summary).toBe('Kerb-crawler operations: common cause variation – nothing unusual in the latest month, May 2013.');
    expect(result.breaks).toEqual([{ measure: 'police.operations', startsOn: '2012-10-01', reason: 'New recording system' }]);
  });

  it('charts whole months of the range asked for, and one ward of it', async () => {
    const result = await chart({ measure: 'police.operations', ward: 'E05000420', from: '2012-11-15', to: '2013-01-02' });
    expect(result.ward).toBe('E05000420');
    expect(result.points.map((p: { period: string; value: number }) => [p.period, p.value])).toEqual([['2012-11', 5], ['2012-12', 4], ['2013-01', 5]]);
    expect(result.summary).toMatch(/^Kerb-crawler operations \(Coldharbour\): /);
    expect(result.breaks).toEqual([]);
  });

  it('uses the target of the latest month\'s year for the assurance icon', async () => {
    await runAs(db, 'analyst', `mutation { setTarget(input: { financialYear: "2013/14", measure: "police.operations", value: 12, polarity: HIGHER_IS_BETTER }) { id } }`);
    // Monthly target 12 / 4 / 3 = 1, below the lower limit of 1.84: met every month.
    expect((await chart({ measure: 'police.operations' })).assurance).toBe('CONSISTENTLY_PASSES');
  });

  it('charts nothing when there are no records', async () => {
    const result = await chart({ measure: 'chrysalis.move_ons' });
    expect([result.points, result.variation, result.summary]).toEqual([[], null, 'Chrysalis move-ons: no figures to chart yet.']);
  });
});

describe('refusing a chart that cannot be drawn, naming the argument', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ['a strand for a measure without strands', { measure: 'police.operations', strand: 'trafficking' }, 'strand',
      'Argument "strand": police.operations cannot be broken down by STRAND; it can be by WARD'],
    ['an unknown ward', { measure: 'police.operations', ward: 'E05999999' }, 'ward', 'Argument "ward": "E05999999" is not a known code; expected one of: '],
    ['an unknown measure', { measure: 'police.operation' }, 'measure', 'Argument "measure": unknown measure "police.operation"; known measures: '],
    ['an impossible date', { measure: 'police.operations', from: '2013-02-30' }, 'from', 'Argument "from": must be a real date written YYYY-MM-DD; got "2013-02-30"'],
  ])('refuses %s', async (_name, variables, argument, message) => {
    const error = firstError(await runAs(db, 'member', CHART, variables));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error?.message.startsWith(message)).toBe(true);
  });

  it('refuses a second break on the same day and a break without a reason', async () => {
    const add = (startsOn: string, reason: string) => runAs(db, 'analyst', `mutation ($startsOn: Date!, $reason: String!) { addSeriesBreak(measure: "police.operations", startsOn: $startsOn, reason: $reason) { id } }`, { startsOn, reason });
    expect(firstError(await add('2012-10-01', 'Again'))).toEqual({ code: 'BAD_USER_INPUT', argument: 'startsOn', message: 'Argument "startsOn": police.operations already has a break starting on 2012-10-01' });
    expect(firstError(await add('2013-01-01', '  '))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'reason', message: 'Argument "reason": must say why the series breaks, e.g. "New recording system"; got an empty reason',
    });
  });
});

describe('who may see charts and record breaks', () => {
  it('refuses a member\'s break and a funder\'s chart', async () => {
    expect(firstError(await runAs(db, 'member', `mutation { addSeriesBreak(measure: "police.operations", startsOn: "2013-01-01", reason: "x") { id } }`))?.code).toBe('UNAUTHORIZED');
    expect(firstError(await runAs(db, 'funder', CHART, { measure: 'police.operations' }))?.code).toBe('UNAUTHORIZED');
  });
});
