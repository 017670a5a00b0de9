import { csv, importCsv, releaseToFunders } from '../../test/import-helpers';
import { startTestApp, type TestApp } from '../server/app.test-helper';

/**
 * The Gaia Centre opened in January 2012 (dataset-collection.csv); police operations have no
 * reference date, so theirs is their first month with records, April 2011. Before its dataset was
 * collected a period is "not collected": no row, never 0, in figures, downloads, SPC and the return.
 */
let app: TestApp;
let analyst: string;
let funder: string;

/** Gaia referrals per month from the opening: [month, how many]. */
const GAIA: [string, number][] = [['2012-01', 2], ['2012-02', 1], ['2012-03', 3], ['2012-04', 2], ['2012-05', 1], ['2012-06', 2]];

function months(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const month = Number(from.slice(5, 7)) - 1 + i;
    return `${Number(from.slice(0, 4)) + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  });
}

beforeAll(async () => {
  app = await startTestApp({ rateLimitPerMinute: 0 });
  const { dataSource } = app.database;
  // One kerb-crawling operation a month from April 2011 to June 2012, except a quiet June 2011.
  const operations = months('2011-04', 15).filter((m) => m !== '2011-06').map((m) => `OP-${m},${m}-15,E05000420,kerb_crawling`);
  const referrals = GAIA.flatMap(([month, count]) => Array.from({ length: count }, (_, i) => `G-${month}-${i},${month}-1${i},domestic_violence,E05000420,25_34,female,police`));
  const reports = [
    await importCsv(dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', ...operations)),
    await importCsv(dataSource, 'gaia_referrals', csv('ref,date,strand,ward_code,age_band,sex,referral_source', ...referrals)),
  ];
  expect(reports.map((r) => r.status)).toEqual(['imported', 'imported']);
  await releaseToFunders(dataSource);
  // Imported after the release: analysts see July 2012 at once, funders once it is released.
  await importCsv(dataSource, 'gaia_referrals', csv('ref,date,strand,ward_code,age_band,sex,referral_source', 'G-LATE,2012-07-02,stalking,E05000420,25_34,female,self'));
  await importCsv(dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', 'OP-LATE,2012-07-02,E05000420,kerb_crawling'));
  [analyst, funder] = await Promise.all([app.token('analyst'), app.token('funder')]);
});
afterAll(() => app.stop());

const pinned = process.env.VAWG_TODAY;
afterEach(() => {
  if (pinned === undefined) delete process.env.VAWG_TODAY;
  else process.env.VAWG_TODAY = pinned;
});

async function ask(token: string, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await app.graphql(token, query, variables);
  return body;
}

async function data(token: string, query: string, variables: Record<string, unknown> = {}) {
  const body = await ask(token, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

const COVERAGE = `{ dataCoverage { today currentFinancialYear lastCompleteQuarter financialYears
  datasets { dataset label collectedFrom collectedFromReason firstMonth lastMonth measures } } }`;

const datasetOf = (coverage: { datasets: Record<string, any>[] }, dataset: string) => coverage.datasets.find((d) => d.dataset === dataset);

describe('what the data covers', () => {
  it('tells an analyst today\'s financial year, the last complete quarter, the years to offer and each dataset\'s months', async () => {
    process.env.VAWG_TODAY = '2026-12-05';
    const { dataCoverage } = await data(analyst, COVERAGE);
    expect(dataCoverage).toMatchObject({ today: '2026-12-05', currentFinancialYear: '2026/27', lastCompleteQuarter: '2026/27 Q2' });
    // From the first year anything was collected (police operations, April 2011) to this one.
    expect(dataCoverage.financialYears).toHaveLength(16);
    expect([dataCoverage.financialYears[0], dataCoverage.financialYears[1], dataCoverage.financialYears[15]]).toEqual(['2011/12', '2012/13', '2026/27']);
    expect(datasetOf(dataCoverage, 'gaia_referrals')).toMatchObject({
      label: 'Referrals to the Gaia Centre', collectedFrom: '2012-01-01', collectedFromReason: 'The Gaia Centre opened in January 2012', firstMonth: '2012-01', lastMonth: '2012-07',
    });
    expect(datasetOf(dataCoverage, 'gaia_referrals')?.measures).toContain('gaia.referrals');
    expect(datasetOf(dataCoverage, 'police_operations')).toMatchObject({
      collectedFrom: '2011-04-01', collectedFromReason: null, firstMonth: '2011-04', lastMonth: '2012-07', measures: ['police.operations'],
    });
    expect(datasetOf(dataCoverage, 'chrysalis_move_ons')).toMatchObject({ collectedFrom: null, firstMonth: null, lastMonth: null });
  });

  it('gives a funder the released months of counts of people, and operations as they are (read live)', async () => {
    const { dataCoverage } = await data(funder, COVERAGE);
    expect(datasetOf(dataCoverage, 'gaia_referrals')).toMatchObject({ collectedFrom: '2012-01-01', firstMonth: '2012-01', lastMonth: '2012-06' });
    expect(datasetOf(dataCoverage, 'police_operations')).toMatchObject({ firstMonth: '2011-04', lastMonth: '2012-07' });
  });

  it('stands on the day VAWG_TODAY gives, everywhere that needs today', async () => {
    process.env.VAWG_TODAY = '2013-05-01';
    const { dataCoverage } = await data(analyst, COVERAGE);
    expect(dataCoverage).toMatchObject({ today: '2013-05-01', currentFinancialYear: '2013/14', lastCompleteQuarter: '2012/13 Q4', financialYears: ['2011/12', '2012/13', '2013/14'] });
    // The same clock says whether a quarter has ended.
    const refused = await ask(analyst, 'mutation { publishQuarterlyReturn(financialYear: "2013/14", quarter: 1) { financialYear } }');
    expect(refused.errors?.[0].message).toBe('Argument "quarter": 2013/14 Q1 has not ended yet');
    // And where a range without `to` ends: today, so July 2012's records count.
    const { figures } = await data(analyst, '{ figures(measure: "gaia.referrals", from: "2012-07-01") { total } }');
    expect(figures.total).toBe(1);
  });

  it('gives each measure the date its dataset began to be collected', async () => {
    const { measures } = await data(funder, '{ measures { id collectedFrom } }');
    const byId = new Map(measures.map((m: { id: string; collectedFrom: string | null }) => [m.id, m.collectedFrom]));
    expect([byId.get('gaia.referrals'), byId.get('police.operations'), byId.get('chrysalis.move_ons')]).toEqual(['2012-01-01', '2011-04-01', null]);
  });
});

const FIGURES = `query ($measure: ID!, $financialYear: String, $from: Date, $to: Date, $granularity: Granularity) {
  figures(measure: $measure, financialYear: $financialYear, from: $from, to: $to, granularity: $granularity) {
    total collectedFrom notCollected { label start end } rows { period { label } value }
  }
}`;
const labelled = (rows: { period: { label: string }; value: number | null }[]) => rows.map((r) => [r.period.label, r.value]);

describe('figures before a dataset was collected', () => {
  it('lists the months before the Gaia Centre opened as not collected, with no row, and counts from January 2012', async () => {
    const { figures } = await data(analyst, FIGURES, { measure: 'gaia.referrals', financialYear: '2011/12', granularity: 'MONTH' });
    expect(figures.notCollected.map((p: { label: string }) => p.label)).toEqual(months('2011-04', 9));
    expect(figures.notCollected[0]).toEqual({ label: '2011-04', start: '2011-04-01', end: '2011-04-30' });
    expect(labelled(figures.rows)).toEqual([['2012-01', 2], ['2012-02', 1], ['2012-03', 3]]);
    expect([figures.total, figures.collectedFrom]).toEqual([6, '2012-01-01']);
  });

  it('does the same by quarter, for a funder reading the released months', async () => {
    const { figures } = await data(funder, FIGURES, { measure: 'gaia.referrals', financialYear: '2011/12', granularity: 'QUARTER' });
    expect(figures.notCollected.map((p: { label: string }) => p.label)).toEqual(['2011/12 Q1', '2011/12 Q2', '2011/12 Q3']);
    expect(labelled(figures.rows)).toEqual([['2011/12 Q4', 6]]);
  });

  it('sets them apart under disclosure control too, for a funder\'s breakdown', async () => {
    const { figures } = await data(funder, `{ figures(measure: "gaia.referrals", financialYear: "2011/12", granularity: QUARTER, groupBy: [STRAND]) {
      notCollected { label } rows { period { label } key { code } value suppressed } } }`);
    expect(figures.notCollected.map((p: { label: string }) => p.label)).toEqual(['2011/12 Q1', '2011/12 Q2', '2011/12 Q3']);
    // Only the quarter collected: rows for 2011/12 Q4 alone (each withheld or not as the pattern says).
    expect(figures.rows.length).toBeGreaterThan(0);
    expect(figures.rows.every((r: { period: { label: string } }) => r.period.label === '2011/12 Q4')).toBe(true);
  });

  it('still counts a quiet month after collection began as 0', async () => {
    const { figures } = await data(analyst, FIGURES, { measure: 'police.operations', financialYear: '2011/12', granularity: 'MONTH' });
    expect(figures.notCollected).toEqual([]);
    expect(labelled(figures.rows).slice(0, 3)).toEqual([['2011-04', 1], ['2011-05', 1], ['2011-06', 0]]);
  });

  it.each([
    ['a financial year', { measure: 'gaia.referrals', financialYear: '2010/11' }, 'financialYear',
      'Argument "financialYear": Referrals to the Gaia Centre were not collected before January 2012 (The Gaia Centre opened in January 2012); ask for 2011/12 or later'],
    ['a date range', { measure: 'gaia.referrals', from: '2011-04-01', to: '2011-12-31' }, 'from',
      'Argument "from": Referrals to the Gaia Centre were not collected before January 2012 (The Gaia Centre opened in January 2012); ask for 2011/12 or later'],
    ['a range with no start', { measure: 'police.operations', to: '2010-06-30' }, 'to',
      'Argument "to": Targeted police operations were not collected before April 2011 (the first month with records); ask for 2011/12 or later'],
  ])('refuses %s wholly before collection began, naming the argument, with the code NOT_COLLECTED', async (_name, variables, argument, message) => {
    const { errors } = await ask(analyst, FIGURES, variables);
    expect(errors?.[0]).toMatchObject({ message, extensions: { code: 'NOT_COLLECTED', argument } });
  });
});

async function download(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${analyst}` } });
  return { status: response.status, text: (await response.text()).replace(/^\uFEFF/, '') };
}

describe('downloads before a dataset was collected', () => {
  it('write "not collected" for those months, never 0 or blank', async () => {
    const { status, text } = await download('/downloads/figures.csv?measure=gaia.referrals&financialYear=2011/12&granularity=QUARTER');
    expect(status).toBe(200);
    const lines = text.split('\r\n');
    expect(lines.slice(0, 6)).toEqual(['period,Gaia Centre referrals', '2011/12 Q1,not collected', '2011/12 Q2,not collected', '2011/12 Q3,not collected', '2011/12 Q4,6', 'Total,6']);
    expect(text).toContain('not collected: the period ended before the dataset began to be collected, so it has no figure (it is not a 0); collected from January 2012.');
  });

  it('refuses a year wholly before collection began, with the code and the argument', async () => {
    const { status, text } = await download('/downloads/figures.csv?measure=gaia.referrals&financialYear=2010/11');
    expect(status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ code: 'NOT_COLLECTED', argument: 'financialYear' });
  });

  it('write "not collected" in the quarterly return\'s Gaia line', async () => {
    const { text } = await download('/downloads/quarterly-return.csv?financialYear=2011/12');
    const gaia = text.split('\r\n').find((line) => line.startsWith('gaia.referrals,'));
    expect(gaia).toBe('gaia.referrals,Gaia Centre referrals,not collected,not collected,not collected,6,6');
    expect(text.split('\r\n').find((line) => line.startsWith('police.operations,'))).toBe('police.operations,Kerb-crawler operations,2,3,3,3,11');
  });
});

describe('the quarterly return before a dataset was collected', () => {
  it('marks the quarters before the opening not collected, with no value', async () => {
    const { quarterlyReturn } = await data(funder, '{ quarterlyReturn(financialYear: "2011/12") { lines { measure { id } cells { quarter value notCollected } } } }');
    const gaia = quarterlyReturn.lines.find((l: { measure: { id: string } }) => l.measure.id === 'gaia.referrals');
    expect(gaia.cells).toEqual([
      { quarter: 1, value: null, notCollected: true }, { quarter: 2, value: null, notCollected: true }, { quarter: 3, value: null, notCollected: true },
      { quarter: 4, value: 6, notCollected: false }, { quarter: null, value: 6, notCollected: false },
    ]);
  });
});

const SPC = `query ($measure: ID!, $from: Date, $to: Date) {
  spcChart(measure: $measure, from: $from, to: $to) { collectedFrom notCollected { label } points { period value } }
}`;

describe('SPC charts before a dataset was collected', () => {
  it('start when collection began, and list the months asked for before it as not collected', async () => {
    const member = await app.token('member');
    const { spcChart } = await data(member, SPC, { measure: 'gaia.referrals', from: '2011-04-01', to: '2012-06-30' });
    expect(spcChart.notCollected.map((p: { label: string }) => p.label)).toEqual(months('2011-04', 9));
    expect(spcChart.points.map((p: { period: string; value: number }) => [p.period, p.value])).toEqual(GAIA);
    expect(spcChart.collectedFrom).toBe('2012-01-01');
  });

  it('start at the opening by default, and at a dataset\'s first month where there is no reference date', async () => {
    const member = await app.token('member');
    const gaia = (await data(member, SPC, { measure: 'gaia.referrals' })).spcChart;
    expect([gaia.points[0].period, gaia.notCollected]).toEqual(['2012-01', []]);
    const operations = (await data(member, SPC, { measure: 'police.operations' })).spcChart;
    expect(operations.points.slice(0, 3)).toEqual([{ period: '2011-04', value: 1 }, { period: '2011-05', value: 1 }, { period: '2011-06', value: 0 }]);
  });

  it('refuse a range wholly before collection began, naming the argument', async () => {
    const { errors } = await ask(await app.token('member'), SPC, { measure: 'gaia.referrals', from: '2011-04-01', to: '2011-09-30' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_COLLECTED', argument: 'from' });
  });
});
