import { GraphQLError } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import { loadReferenceCatalogue, type ReferenceCatalogue } from '../reference/reference-catalogue';
import { resolveFigureQuery, type FigureArgs } from './figure-query';
import { computeFigures, computeFiguresTogether } from './figures.service';
import { MEASURES } from '../measures/measure-catalogue';

/** The catalogue as the refusal lists it, in its order. */
const KNOWN_MEASURES = MEASURES.map((m) => m.id).join(', ');

let db: TestDatabase;
let reference: ReferenceCatalogue;

// A fixture small enough to count by hand; every expectation below was worked out from it.
beforeAll(async () => {
  db = await createTestDatabase();
  reference = await loadReferenceCatalogue(db.dataSource);
  const imported = await Promise.all([
    importCsv(db.dataSource, 'gaia_referrals', csv(
      'ref,date,strand,ward_code,age_band,sex,referral_source',
      'G1,2012-04-15,domestic_violence,E05000426,25_34,female,police',
      'G2,2012-05-20,domestic_violence,E05000420,18_24,female,self',
      'G3,2012-06-30,trafficking,E05000426,18_24,female,police',
      'G4,2012-07-01,stalking,,35_44,male,health',
      'G5,2013-01-10,domestic_violence,E05000426,25_34,female,police',
      'G6,2013-03-31,fgm,E05000420,13_17,female,children_services',
      'G7,2013-04-01,domestic_violence,E05000426,25_34,female,self',
      'G8,2012-03-31,sexual_violence,E05000420,45_54,female,police',
    )),
    importCsv(db.dataSource, 'arrests', csv(
      'ref,date,ward_code,offence,sex,age_band,drug_test_referred',
      'A1,2012-05-01,E05000420,soliciting_to_sell,female,25_34,true',
      'A2,2012-05-02,E05000420,soliciting_to_sell,female,18_24,false',
      'A3,2012-08-02,E05000429,soliciting_to_sell,female,25_34,true',
      'A4,2012-08-03,E05000429,soliciting_to_buy,male,35_44,',
      'A5,2012-08-03,E05000429,soliciting_to_sell,unknown,25_34,true',
    )),
    importCsv(db.dataSource, 'police_operations', csv(
      'ref,date,ward_code,operation_type',
      'O1,2012-05-01,E05000420,kerb_crawling',
      'O2,2012-05-01,E05000420,other',
    )),
  ]);
  expect(imported.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);
});
afterAll(() => db.drop());

const figures = (args: FigureArgs) => computeFigures(db.dataSource, resolveFigureQuery(args, reference), reference);
const values = (rows: { period: { label: string } | null; key: { code: string }[]; value: number | null }[]) =>
  rows.map((r) => [r.period?.label ?? null, ...r.key.map((k) => k.code), r.value]);

describe('figures for a financial year', () => {
  it('counts the records dated in the year, one row for the whole period', async () => {
    const result = await figures({ measure: 'gaia.referrals', financialYear: '2012/13' });
    expect(result.total).toBe(6);
    expect(values(result.rows)).toEqual([[null, 6]]);
    expect(result.suppressed).toBe(false);
  });

  it('applies the measure definition: only kerb-crawling operations, only women selling', async () => {
    expect((await figures({ measure: 'police.operations', financialYear: '2012/13' })).total).toBe(1);
    expect((await figures({ measure: 'arrests.women_soliciting', financialYear: '2012/13' })).total).toBe(3);
    expect((await figures({ measure: 'arrests.women_drug_test_referred', financialYear: '2012/13' })).total).toBe(2);
    expect((await figures({ measure: 'arrests.men_buying', financialYear: '2012/13' })).total).toBe(1);
  });

  it('computes a rate as numerator over denominator, never an average of rates', async () => {
    const result = await figures({ measure: 'arrests.women_drug_test_referral_rate', financialYear: '2012/13', granularity: 'QUARTER' });
    expect(result.total).toBeCloseTo(200 / 3, 10);
    expect(values(result.rows)).toEqual([['2012/13 Q1', 50], ['2012/13 Q2', 100]]);
  });
});

describe('granularity', () => {
  it('QUARTER: financial quarters, April to June first, every quarter listed', async () => {
    const result = await figures({ measure: 'gaia.referrals', financialYear: '2012/13', granularity: 'QUARTER' });
    expect(values(result.rows)).toEqual([['2012/13 Q1', 3], ['2012/13 Q2', 1], ['2012/13 Q3', 0], ['2012/13 Q4', 2]]);
    expect(result.rows[3].period).toEqual({ label: '2012/13 Q4', start: '2013-01-01', end: '2013-03-31' });
  });

  it('MONTH: twelve months with the quiet ones as 0', async () => {
    const result = await figures({ measure: 'gaia.referrals', financialYear: '2012/13', granularity: 'MONTH' });
    expect(values(result.rows)).toEqual([
      ['2012-04', 1], ['2012-05', 1], ['2012-06', 1], ['2012-07', 1], ['2012-08', 0], ['2012-09', 0],
      ['2012-10', 0], ['2012-11', 0], ['2012-12', 0], ['2013-01', 1], ['2013-02', 0], ['2013-03', 1],
    ]);
    expect(result.rows[10].period).toEqual({ label: '2013-02', start: '2013-02-01', end: '2013-02-28' });
  });

  it('FINANCIAL_YEAR across a from/to range, with 31 March and 1 April on the right sides', async () => {
    const result = await figures({ measure: 'gaia.referrals', from: '2012-03-01', to: '2013-04-30', granularity: 'FINANCIAL_YEAR' });
    expect(values(result.rows)).toEqual([['2011/12', 1], ['2012/13', 6], ['2013/14', 1]]);
    expect(result.total).toBe(8);
  });

  it('a from/to range counts inclusively', async () => {
    const result = await figures({ measure: 'gaia.referrals', from: '2012-05-20', to: '2012-06-30', granularity: 'MONTH' });
    expect(values(result.rows)).toEqual([['2012-05', 1], ['2012-06', 1]]);
  });
});

describe('groupBy and filter', () => {
  it('groups by strand in the strands\' reference order', async () => {
    const result = await figures({ measure: 'gaia.referrals', financialYear: '2012/13', groupBy: ['STRAND'] });
    expect(values(result.rows)).toEqual([[null, 'domestic_violence', 3], [null, 'stalking', 1], [null, 'trafficking', 1], [null, 'fgm', 1]]);
    expect(result.rows[3].key[0]).toEqual({ dimension: 'STRAND', code: 'fgm', label: 'Female genital mutilation' });
  });

  it('groups by ward, with no ward as "unknown"', async () => {
    const result = await figures({ measure: 'gaia.referrals', financialYear: '2012/13', groupBy: ['WARD'] });
    expect(values(result.rows)).toEqual([[null, 'E05000420', 2], [null, 'E05000426', 3], [null, 'unknown', 1]]);
    expect(result.rows[1].key[0].label).toBe('Oval');
    expect(result.rows[2].key[0].label).toBe('Unknown or outside the borough');
  });

  it('groups by period and two dimensions with a filter', async () => {
    const result = await figures({ measure: 'gaia.referrals', financialYear: '2012/13', granularity: 'QUARTER', groupBy: ['WARD', 'AGE_BAND'], filter: { strand: ['domestic_violence'] } });
    expect(values(result.rows)).toEqual([['2012/13 Q1', 'E05000420', '18_24', 1], ['2012/13 Q1', 'E05000426', '25_34', 1], ['2012/13 Q4', 'E05000426', '25_34', 1]]);
    expect(result.total).toBe(3);
  });

  it('filters by ward, including "unknown"', async () => {
    const oval = await figures({ measure: 'gaia.referrals', financialYear: '2012/13', granularity: 'QUARTER', filter: { ward: ['E05000426'] } });
    expect(values(oval.rows)).toEqual([['2012/13 Q1', 2], ['2012/13 Q2', 0], ['2012/13 Q3', 0], ['2012/13 Q4', 1]]);
    expect((await figures({ measure: 'gaia.referrals', financialYear: '2012/13', filter: { ward: ['unknown'] } })).total).toBe(1);
    expect((await figures({ measure: 'gaia.referrals', financialYear: '2012/13', filter: { ward: ['unknown', 'E05000420'], sex: ['female'] } })).total).toBe(2);
  });

  it('groups arrests by sex and offence for a measure whose definition fixes them', async () => {
    const result = await figures({ measure: 'arrests.women_soliciting', financialYear: '2012/13', groupBy: ['AGE_BAND'] });
    expect(values(result.rows)).toEqual([[null, '18_24', 1], [null, '25_34', 2]]);
  });
});

describe('figures asked together', () => {
  // Shapes that differ in every way a UNION ALL could trip on: breakdowns (padded), periods, rates, records and rollup.
  const asked: FigureArgs[] = [
    { measure: 'gaia.referrals', financialYear: '2012/13' },
    { measure: 'gaia.referrals', financialYear: '2012/13', granularity: 'MONTH' },
    { measure: 'gaia.referrals', financialYear: '2012/13', granularity: 'QUARTER', groupBy: ['WARD', 'SEX'], filter: { ward: ['unknown', 'E05000426'] } },
    { measure: 'arrests.women_drug_test_referral_rate', financialYear: '2012/13', granularity: 'QUARTER' },
    { measure: 'arrests.women_soliciting', from: '2012-05-02', to: '2012-08-02', groupBy: ['AGE_BAND'] },
    { measure: 'police.operations', financialYear: '2013/14' },
  ];

  it('answers each exactly as alone, in one statement', async () => {
    const statements: string[] = [];
    const counted = { query: (sql: string, parameters?: unknown[]) => (statements.push(sql), db.dataSource.query(sql, parameters)) };
    const queries = asked.map((args) => resolveFigureQuery(args, reference));
    const together = await computeFiguresTogether(counted, queries, reference);
    expect(statements).toHaveLength(1);
    expect(together).toEqual(await Promise.all(asked.map(figures)));
    expect(together.map((r) => r.total)).toEqual([6, 6, 4, 100 * 2 / 3, 2, 0]);
  });

  it('prepares the statements on the monthly rollups once per connection; counts from the records are planned each time', async () => {
    const runner = db.dataSource.createQueryRunner();
    try {
      const ask = (args: FigureArgs) => computeFigures(runner.manager, resolveFigureQuery(args, reference), reference);
      const whole = { measure: 'gaia.referrals', financialYear: '2012/13', granularity: 'QUARTER' as const };
      expect((await ask(whole)).total).toBe(6);
      expect((await ask({ ...whole, financialYear: '2013/14' })).total).toBe(1);
      expect((await ask({ measure: 'gaia.referrals', from: '2012-04-10', to: '2012-06-30' })).total).toBe(3);
      // The connection may hold statements of earlier tests: only this test's are looked at.
      const prepared: { statement: string }[] = await runner.query(`SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%gaia_referral%'`);
      const quarterly = prepared.filter((p) => p.statement.includes(`date_trunc('quarter'`));
      expect(quarterly.map((p) => / FROM (\w+) /.exec(p.statement)?.[1])).toEqual(['gaia_referral_monthly']); // one for both years
      expect(prepared.filter((p) => p.statement.includes('FROM gaia_referral '))).toEqual([]);
    } finally {
      await runner.release();
    }
  });

  it('asks nothing when nothing is wanted', async () => {
    const counted = { query: () => Promise.reject(new Error('no statement expected')) };
    await expect(computeFiguresTogether(counted, [], reference)).resolves.toEqual([]);
  });
});

describe('arguments that are wrong', () => {
  const refusal = (args: FigureArgs) => {
    try {
      resolveFigureQuery(args, reference);
    } catch (error) {
      const e = error as GraphQLError;
      return { code: e.extensions.code, argument: e.extensions.argument, message: e.message };
    }
    throw new Error('expected a refusal');
  };

  it.each<[string, FigureArgs, string, string]>([
    ['an unknown measure', { measure: 'gaia.referral' }, 'measure', `Argument "measure": unknown measure "gaia.referral"; known measures: ${KNOWN_MEASURES}`],
    ['a malformed financial year', { measure: 'gaia.referrals', financialYear: '2012-13' }, 'financialYear', 'Argument "financialYear": must be a financial year written like "2012/13" (April to March); got "2012-13"'],
    ['a financial year whose years do not follow', { measure: 'gaia.referrals', financialYear: '2012/14' }, 'financialYear', 'Argument "financialYear": must be a financial year written like "2012/13" (April to March); got "2012/14"'],
    ['both a financial year and dates', { measure: 'gaia.referrals', financialYear: '2012/13', from: '2012-04-01' }, 'financialYear', 'Argument "financialYear": give either financialYear or from/to, not both'],
    ['an impossible date', { measure: 'gaia.referrals', from: '2013-02-29' }, 'from', 'Argument "from": must be a real date written YYYY-MM-DD; got "2013-02-29"'],
    ['a badly written date', { measure: 'gaia.referrals', to: '31/03/2013' }, 'to', 'Argument "to": must be a real date written YYYY-MM-DD; got "31/03/2013"'],
    ['a range that ends before it starts', { measure: 'gaia.referrals', from: '2013-04-01', to: '2013-03-31' }, 'to', 'Argument "to": 2013-03-31 is before from (2013-04-01)'],
    ['a breakdown the measure does not have', { measure: 'police.operations', groupBy: ['STRAND'] }, 'groupBy', 'Argument "groupBy": police.operations cannot be broken down by STRAND; it can be by WARD'],
    ['a breakdown listed twice', { measure: 'gaia.referrals', groupBy: ['WARD', 'WARD'] }, 'groupBy', 'Argument "groupBy": lists a dimension more than once'],
    ['a filter the measure does not have', { measure: 'chrysalis.move_ons', filter: { ward: ['E05000426'] } }, 'filter.ward', 'Argument "filter.ward": chrysalis.move_ons cannot be broken down by WARD; it can be by DESTINATION'],
  ])('refuses %s, naming the argument', (_name, args, argument, message) => {
    expect(refusal(args)).toEqual({ code: 'BAD_USER_INPUT', argument, message });
  });

  it('refuses an unknown code in a filter', () => {
    const { argument, message } = refusal({ measure: 'gaia.referrals', filter: { strand: ['begging'] } });
    expect(argument).toBe('filter.strand');
    expect(message).toMatch(/^Argument "filter.strand": "begging" is not a known code; expected one of: prostitution, domestic_violence/);
  });
});
