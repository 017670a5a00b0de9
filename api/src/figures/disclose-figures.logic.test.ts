import type { AuthUser } from '../access/roles';
import type { Dimension } from '../datasets/dataset-catalogue';
import type { FigureQuery } from './figure-query';
import { dimensionValue, type FigureResultData, type FigureRowData } from './figures.service';
import { periodStartingOn, type Granularity } from '../shared/financial-periods';
import { findMeasure } from '../measures/measure-catalogue';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { applyDisclosure, needsDisclosure, protectionViews } from './disclose-figures';
import type { LeafCount } from '../disclosure/disclosure-types';

const BISHOPS = 'E05000416';
const BRIXTON_HILL = 'E05000417';
const CLAPHAM = 'E05000418';
const reference: ReferenceCatalogue = {
  wards: new Map([BISHOPS, BRIXTON_HILL, CLAPHAM].map((code, i) => [code, { code, name: ['Bishop\'s', 'Brixton Hill', 'Clapham Common'][i], validFrom: '2002-05-02', validTo: '2022-05-04' }])),
  strands: new Map(['domestic_violence', 'trafficking'].map((code) => [code, { code, label: code }])),
};
const MONTHS = ['2012-04', '2012-05', '2012-06', '2012-07', '2012-08', '2012-09', '2012-10', '2012-11', '2012-12', '2013-01', '2013-02', '2013-03'];

interface Leaf { month: string; d0?: string | null; d1?: string | null; count: number }

/** The pair of breakdowns each dataset's patterns protect together (disclosure-control.ts). */
const PATTERN_DIMENSIONS: Record<string, [Dimension, Dimension]> = { gaia_referrals: ['WARD', 'STRAND'], arrests: ['WARD', 'AGE_BAND'] };

/**
 * The rules alone, no database: patterns from leaf counts given here (one set per count measure:
 * for a rate, its numerator then its denominator), applied to the planner's answer.
 */
function disclose(q: FigureQuery, planned: FigureResultData, ...leafSets: Leaf[][]): FigureResultData {
  const [first, second] = PATTERN_DIMENSIONS[q.measure.dataset];
  const counts = leafSets.map((leaves) => leaves.map((l): LeafCount => ({ month: l.month, count: l.count, codes: { [first]: l.d0 ?? 'unknown', [second]: l.d1 ?? 'unknown' } })));
  const [whole, part] = q.measure.rateOf ? [counts[1], counts[0]] : [counts[0], undefined];
  return applyDisclosure(q, planned, protectionViews(q, whole, part, reference), reference);
}

function query(measureId: string, granularity: Granularity | null, groupBy: Dimension[], filter: FigureQuery['filter'] = []): FigureQuery {
  return { measure: findMeasure(measureId)!, period: 'financialYear', from: '2012-04-01', to: '2013-03-31', granularity, groupBy, filter };
}

/** What the planner answers: a row per non-zero count (zero rows are left out). */
function answer(q: FigureQuery, rows: [label: string | null, codes: (string | null)[], value: number][], total: number): FigureResultData {
  return {
    measure: q.measure, total, suppressed: false,
    rows: rows.map(([label, codes, value]): FigureRowData => ({
      period: label === null ? null : periodStartingOn(q.granularity!, q.granularity === 'MONTH' ? `${label}-01` : q.granularity === 'QUARTER' ? ['2012-04-01', '2012-07-01', '2012-10-01', '2013-01-01'][Number(label.slice(-1)) - 1] : '2012-04-01'),
      key: codes.map((code, i) => dimensionValue(q.groupBy[i], code, reference)),
      value, suppressed: false,
    })),
  };
}

/** Rows as a funder reads them: period, codes, the value or [c]. */
const read = (r: FigureResultData) => r.rows.map((row) => `${row.period?.label ?? '-'} ${row.key.map((k) => k.code).join(',')} ${row.suppressed ? '[c]' : row.value}`);
const withheldRows = (r: FigureResultData) => read(r).filter((row) => row.endsWith('[c]'));

/** Brixton Hill has 2 referrals in April, 12 in every other month; Bishop's 20 and Clapham 30 a month; all domestic violence. */
const byWardLeaves = (): Leaf[] => MONTHS.flatMap((month) => [
  { month, d0: BISHOPS, d1: 'domestic_violence', count: 20 },
  { month, d0: BRIXTON_HILL, d1: 'domestic_violence', count: month === '2012-04' ? 2 : 12 },
  { month, d0: CLAPHAM, d1: 'domestic_violence', count: 30 },
]);
/** The same, with one trafficking referral in Clapham and 7 referrals of unknown ward in June. */
const withJuneLeaves = (): Leaf[] => [
  ...byWardLeaves(),
  { month: '2012-06', d0: CLAPHAM, d1: 'trafficking', count: 1 },
  { month: '2012-06', d0: null, d1: 'domestic_violence', count: 7 },
];
const plannerRows = (leaves: Leaf[], codes: (leaf: Leaf) => (string | null)[]) => leaves.map((l) => [l.month, codes(l), l.count] as [string, (string | null)[], number]);

const funder: AuthUser = { subject: 'f', role: 'funder', wards: [] };
const member: AuthUser = { subject: 'm', role: 'member', wards: [] };

describe('needsDisclosure', () => {
  it('protects counts of people broken down or filtered, for funders and councillors only', () => {
    const broken = query('gaia.referrals', 'MONTH', ['WARD']);
    const filtered = query('gaia.referrals', 'MONTH', [], [{ dimension: 'WARD', codes: [BISHOPS] }]);
    expect(needsDisclosure(funder, broken)).toBe(true);
    expect(needsDisclosure({ ...funder, role: 'councillor' }, filtered)).toBe(true);
    expect(needsDisclosure(member, broken)).toBe(false);
    expect(needsDisclosure({ ...member, role: 'analyst' }, broken)).toBe(false);
    expect(needsDisclosure(funder, query('gaia.referrals', 'MONTH', []))).toBe(false);
    expect(needsDisclosure(funder, query('police.operations', 'MONTH', ['WARD']))).toBe(false);
  });
});

describe('applyDisclosure: the rules on given counts', () => {
  it("withholds a small ward's month and its complements", () => {
    const q = query('gaia.referrals', 'MONTH', ['WARD']);
    const result = disclose(q, answer(q, plannerRows(byWardLeaves(), (l) => [l.d0 ?? null]), 754), byWardLeaves());
    expect(withheldRows(result)).toEqual([`2012-04 ${BISHOPS} [c]`, `2012-04 ${BRIXTON_HILL} [c]`, `2012-05 ${BISHOPS} [c]`, `2012-05 ${BRIXTON_HILL} [c]`]);
    expect(read(result).slice(0, 7)).toEqual([
      `2012-04 ${BISHOPS} [c]`, `2012-04 ${BRIXTON_HILL} [c]`, `2012-04 ${CLAPHAM} 30`,
      `2012-05 ${BISHOPS} [c]`, `2012-05 ${BRIXTON_HILL} [c]`, `2012-05 ${CLAPHAM} 30`, `2012-06 ${BISHOPS} 20`,
    ]);
    expect(result.rows[0]).toMatchObject({ value: null, suppressed: true });
    expect(result.rows).toHaveLength(36);
    expect([result.total, result.suppressed]).toEqual([754, false]);
  });

  it("withholds the total and each month that would give away a ward's small count, for a ward filter", () => {
    const q = query('gaia.referrals', 'MONTH', [], [{ dimension: 'WARD', codes: [BRIXTON_HILL] }]);
    const result = disclose(q, answer(q, MONTHS.map((m) => [m, [], m === '2012-04' ? 2 : 12]), 134), withJuneLeaves());
    expect(read(result)).toEqual(['2012-04  [c]', '2012-05  [c]', '2012-06  [c]', ...MONTHS.slice(3).map((m) => `${m}  12`)]);
    expect([result.total, result.suppressed]).toEqual([null, true]);
  });

  it("publishes the total of a ward filter whose year is published", () => {
    const q = query('gaia.referrals', 'QUARTER', [], [{ dimension: 'WARD', codes: [BRIXTON_HILL] }]);
    const result = disclose(q, answer(q, [['Q1', [], 26], ['Q2', [], 36], ['Q3', [], 36], ['Q4', [], 36]], 134), byWardLeaves());
    expect(read(result)).toEqual(['2012/13 Q1  26', '2012/13 Q2  36', '2012/13 Q3  36', '2012/13 Q4  36']);
    expect([result.total, result.suppressed]).toEqual([134, false]);
  });

  it('adds the withheld zero cells the planner leaves out, so a missing row never reads as a published 0', () => {
    const q = query('gaia.referrals', 'MONTH', ['WARD', 'STRAND']);
    const leaves = withJuneLeaves();
    const result = disclose(q, answer(q, plannerRows(leaves, (l) => [l.d0 ?? null, l.d1 ?? null]), 762), withJuneLeaves());
    expect(withheldRows(result)).toEqual([
      `2012-04 ${BISHOPS},domestic_violence [c]`, `2012-04 ${BISHOPS},trafficking [c]`,
      `2012-04 ${BRIXTON_HILL},domestic_violence [c]`, `2012-04 ${BRIXTON_HILL},trafficking [c]`,
      `2012-04 ${CLAPHAM},domestic_violence [c]`,
      `2012-05 ${BISHOPS},domestic_violence [c]`, `2012-05 ${BISHOPS},trafficking [c]`,
      `2012-05 ${BRIXTON_HILL},domestic_violence [c]`, `2012-05 ${BRIXTON_HILL},trafficking [c]`,
      `2012-05 ${CLAPHAM},domestic_violence [c]`,
      `2012-06 ${BRIXTON_HILL},domestic_violence [c]`, `2012-06 ${CLAPHAM},domestic_violence [c]`,
      `2012-06 ${CLAPHAM},trafficking [c]`, '2012-06 unknown,domestic_violence [c]',
    ]);
    expect(result.rows).toHaveLength(leaves.length + 4);
    const added = result.rows.find((r) => r.period?.label === '2012-04' && r.key[1].code === 'trafficking' && r.key[0].code === BISHOPS);
    expect(added).toEqual({
      period: { label: '2012-04', start: '2012-04-01', end: '2012-04-30' },
      key: [{ dimension: 'WARD', code: BISHOPS, label: "Bishop's" }, { dimension: 'STRAND', code: 'trafficking', label: 'trafficking' }],
      value: null, suppressed: true,
    });
    const unknown = result.rows.find((r) => r.period?.label === '2012-06' && r.key[0].code === 'unknown');
    expect(unknown?.key[0]).toEqual({ dimension: 'WARD', code: 'unknown', label: 'Unknown or outside the borough' });
  });

  it('adds withheld cells at the level asked for: a whole year by ward', () => {
    const q = query('gaia.referrals', 'FINANCIAL_YEAR', ['WARD']);
    const result = disclose(q, answer(q, [['2012/13', [CLAPHAM], 361]], 762), withJuneLeaves());
    expect(read(result)).toEqual([`2012/13 ${BRIXTON_HILL} [c]`, `2012/13 ${CLAPHAM} 361`, '2012/13 unknown [c]']);
    expect(result.rows[0].period).toEqual({ label: '2012/13', start: '2012-04-01', end: '2013-03-31' });
  });

  it('marks withheld quarters inside a filter on a grouped breakdown, and adds no row from another level or outside the filter', () => {
    const q = query('gaia.referrals', 'QUARTER', ['WARD'], [{ dimension: 'WARD', codes: [BRIXTON_HILL, CLAPHAM] }]);
    const rows = ['Q1', 'Q2', 'Q3', 'Q4'].flatMap((label) => [
      [label, [BRIXTON_HILL], label === 'Q1' ? 26 : 36], [label, [CLAPHAM], label === 'Q1' ? 91 : 90],
    ] as [string, string[], number][]);
    const result = disclose(q, answer(q, rows, 495), withJuneLeaves());
    // Withheld elsewhere in the pattern: unknown ward's Q1 (outside the filter), Brixton Hill's April and year (other levels).
    expect(read(result)).toEqual([
      `2012/13 Q1 ${BRIXTON_HILL} [c]`, `2012/13 Q1 ${CLAPHAM} 91`, `2012/13 Q2 ${BRIXTON_HILL} 36`, `2012/13 Q2 ${CLAPHAM} 90`,
      `2012/13 Q3 ${BRIXTON_HILL} 36`, `2012/13 Q3 ${CLAPHAM} 90`, `2012/13 Q4 ${BRIXTON_HILL} 36`, `2012/13 Q4 ${CLAPHAM} 90`,
    ]);
    expect([result.total, result.suppressed]).toEqual([null, true]);
  });

  it("adds a withheld zero row for a single filtered ward's breakdown, and none for other wards", () => {
    const q = query('gaia.referrals', 'MONTH', ['STRAND'], [{ dimension: 'WARD', codes: [BISHOPS] }]);
    const result = disclose(q, answer(q, MONTHS.map((m) => [m, ['domestic_violence'], 20]), 240), withJuneLeaves());
    expect(withheldRows(result)).toEqual(['2012-04 domestic_violence [c]', '2012-04 trafficking [c]', '2012-05 domestic_violence [c]', '2012-05 trafficking [c]']);
    expect(result.rows).toHaveLength(14);
  });

  it('withholds a figure made of several filtered wards when any of its cells is withheld', () => {
    const q = query('gaia.referrals', 'QUARTER', ['STRAND'], [{ dimension: 'WARD', codes: [CLAPHAM, BISHOPS] }]);
    const result = disclose(q, answer(q, [['Q1', ['domestic_violence'], 150], ['Q1', ['trafficking'], 1], ['Q2', ['domestic_violence'], 150]], 601), withJuneLeaves());
    expect(read(result)).toEqual(['2012/13 Q1 domestic_violence [c]', '2012/13 Q1 trafficking [c]', '2012/13 Q2 domestic_violence 150']);
    expect([result.total, result.suppressed]).toEqual([601, false]);
  });

  it('withholds a rate where its numerator is small, counting both parts', () => {
    const arrests = (referred: boolean): Leaf[] => MONTHS.flatMap((month) => [
      { month, d0: BISHOPS, d1: '18_24', count: referred ? (month === '2012-04' ? 1 : 10) : 20 },
      { month, d0: BRIXTON_HILL, d1: '18_24', count: referred ? 10 : 20 },
      { month, d0: CLAPHAM, d1: '25_34', count: referred ? 10 : 20 },
    ]);
    const q = query('arrests.women_drug_test_referral_rate', 'MONTH', ['WARD']);
    const rows = MONTHS.slice(0, 2).flatMap((m) => [[m, [BISHOPS], 50], [m, [BRIXTON_HILL], 50], [m, [CLAPHAM], 50]] as [string, string[], number][]);
    const result = disclose(q, answer(q, rows, 50), arrests(true), arrests(false));
    expect(read(result)).toEqual([
      `2012-04 ${BISHOPS} [c]`, `2012-04 ${BRIXTON_HILL} [c]`, `2012-04 ${CLAPHAM} 50`,
      `2012-05 ${BISHOPS} [c]`, `2012-05 ${BRIXTON_HILL} [c]`, `2012-05 ${CLAPHAM} 50`,
    ]);
    // The denominator alone withholds nothing: every month of it is 20 or more.
    expect(read(disclose(q, answer(q, rows, 50), arrests(false), arrests(false))).filter((r) => r.endsWith('[c]'))).toEqual([]);
  });

  it('refuses breakdowns that one pattern cannot protect, which authorizeFigures should have stopped', () => {
    const q = query('gaia.referrals', 'MONTH', ['WARD', 'AGE_BAND']);
    expect(() => disclose(q, answer(q, [], 0), [])).toThrow('WARD × AGE_BAND cannot be protected together; authorizeFigures should have refused it');
  });
});
