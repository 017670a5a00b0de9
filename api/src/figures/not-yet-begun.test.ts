import { csv, importCsv, releaseToFunders } from '../../test/import-helpers';
import { startTestApp, type TestApp } from '../server/app.test-helper';

/**
 * A period that begins after today has no figure yet: no row (a 0 would say it was quiet), listed
 * in notYetBegun, written "not yet begun" in downloads; a request that begins after today is refused.
 * Records from April to August 2012, read on 15 August 2012 (Q2 under way, Q3 and Q4 to come).
 */
let app: TestApp;
let analyst: string;
let funder: string;

const TODAY = '2012-08-15';
const OPERATIONS = ['2012-04-10', '2012-05-10', '2012-05-20', '2012-07-03', '2012-08-01'];

beforeAll(async () => {
  app = await startTestApp({ rateLimitPerMinute: 0 });
  const { dataSource } = app.database;
  const reports = [
    await importCsv(dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', ...OPERATIONS.map((date, i) => `OP-${i},${date},E05000420,kerb_crawling`))),
    await importCsv(dataSource, 'gaia_referrals', csv('ref,date,strand,ward_code,age_band,sex,referral_source',
      ...OPERATIONS.map((date, i) => `G-${i},${date},domestic_violence,E05000420,25_34,female,police`))),
  ];
  expect(reports.map((r) => r.status)).toEqual(['imported', 'imported']);
  await releaseToFunders(dataSource);
  [analyst, funder] = await Promise.all([app.token('analyst'), app.token('funder')]);
});
afterAll(() => app.stop());

const pinned = process.env.VAWG_TODAY;
beforeEach(() => (process.env.VAWG_TODAY = TODAY));
afterEach(() => {
  if (pinned === undefined) delete process.env.VAWG_TODAY;
  else process.env.VAWG_TODAY = pinned;
});

const FIGURES = `query ($measure: ID!, $financialYear: String, $from: Date, $to: Date, $granularity: Granularity) {
  figures(measure: $measure, financialYear: $financialYear, from: $from, to: $to, granularity: $granularity) {
    total rows { period { label } value suppressed } notYetBegun { label start end } notCollected { label }
  }
}`;

async function figures(token: string, variables: Record<string, unknown>) {
  const { body } = await app.graphql(token, FIGURES, variables);
  return body as { data?: { figures: { total: number; rows: { period: { label: string }; value: number }[]; notYetBegun: { label: string; start: string; end: string }[] } }; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

describe('figures for periods that have not begun', () => {
  it.each([
    ['an analyst', () => analyst],
    ['a funder (operations are read live)', () => funder],
  ])('give %s rows for the quarters begun, the one under way counting so far, and list the rest', async (_who, token) => {
    const { data, errors } = await figures(token(), { measure: 'police.operations', financialYear: '2012/13', granularity: 'QUARTER' });
    expect(errors).toBeUndefined();
    expect(data?.figures.rows.map((r) => [r.period.label, r.value])).toEqual([['2012/13 Q1', 3], ['2012/13 Q2', 2]]);
    expect(data?.figures.notYetBegun).toEqual([
      { label: '2012/13 Q3', start: '2012-10-01', end: '2012-12-31' },
      { label: '2012/13 Q4', start: '2013-01-01', end: '2013-03-31' },
    ]);
    expect(data?.figures.total).toBe(5);
  });

  it('list the months to come after the month under way, which keeps its row', async () => {
    const { data } = await figures(analyst, { measure: 'police.operations', financialYear: '2012/13', granularity: 'MONTH' });
    expect(data?.figures.rows.map((r) => r.period.label)).toEqual(['2012-04', '2012-05', '2012-06', '2012-07', '2012-08']);
    expect(data?.figures.rows.find((r) => r.period.label === '2012-06')?.value).toBe(0); // quiet, and over: a true 0
    expect(data?.figures.notYetBegun.map((p) => p.label)).toEqual(['2012-09', '2012-10', '2012-11', '2012-12', '2013-01', '2013-02', '2013-03']);
  });

  it('set them apart for a funder reading released counts of people too', async () => {
    const { data, errors } = await figures(funder, { measure: 'gaia.referrals', financialYear: '2012/13', granularity: 'QUARTER' });
    expect(errors).toBeUndefined();
    expect(data?.figures.notYetBegun.map((p) => p.label)).toEqual(['2012/13 Q3', '2012/13 Q4']);
    expect(data?.figures.rows.every((r) => r.period.label < '2012/13 Q3')).toBe(true);
  });

  it('list none for a period that has ended, or without a granularity', async () => {
    expect((await figures(analyst, { measure: 'police.operations', from: '2012-04-01', to: '2012-06-30', granularity: 'QUARTER' })).data?.figures.notYetBegun).toEqual([]);
    const whole = (await figures(analyst, { measure: 'police.operations', financialYear: '2012/13' })).data?.figures;
    expect(whole?.notYetBegun).toEqual([]);
    expect(whole?.total).toBe(5);
  });

  it.each([
    ['a financial year', { financialYear: '2013/14' }, 'financialYear', 'Argument "financialYear": the period asked for begins on 2013-04-01, after today (2012-08-15); nothing has been recorded for it yet'],
    ['a range', { from: '2012-09-01', to: '2012-12-31' }, 'from', 'Argument "from": the period asked for begins on 2012-09-01, after today (2012-08-15); nothing has been recorded for it yet'],
  ])('refuse %s that begins after today, naming the argument, with the code NOT_YET_BEGUN', async (_what, variables, argument, message) => {
    const { errors } = await figures(analyst, { measure: 'police.operations', ...variables });
    expect(errors?.[0]).toMatchObject({ message, extensions: { code: 'NOT_YET_BEGUN', argument } });
  });

  it('write "not yet begun" in a download, never 0 or blank', async () => {
    const response = await fetch(`${app.url}/downloads/figures.csv?measure=police.operations&financialYear=2012/13&granularity=QUARTER`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(response.status).toBe(200);
    const text = (await response.text()).replace(/^\uFEFF/, '');
    expect(text.split('\r\n').slice(0, 6)).toEqual(['period,Kerb-crawler operations', '2012/13 Q1,3', '2012/13 Q2,2', '2012/13 Q3,not yet begun', '2012/13 Q4,not yet begun', 'Total,5']);
    expect(text).toContain('not yet begun: the period begins after the day this file was made, so it has no figure yet (it is not a 0).');
  });
});
