import fc from 'fast-check';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import type { AuthUser } from '../access/roles';
import type { Dimension } from '../datasets/dataset-catalogue';
import { answerFigures } from '../figures/answer-figures';
import type { FigureArgs } from '../figures/figure-query';
import { financialQuarterOf } from '../figures/financial-periods';
import type { FigureResultData } from '../figures/figures.service';
import { loadReferenceCatalogue } from '../reference/reference-catalogue';
import { maximise, type EqualitySystem, type Fraction } from './exact-simplex';

/**
 * The strongest check there is on the whole path (importer → SQL → disclosure → answer): an
 * attacker holding the answers to two funder queries, and treating every published row, total and
 * omitted (zero) row as an exact equation over the records, still cannot pin any small cell to
 * one value. The attacker is also told every count outside the data's wards and strands is zero.
 */
const WARDS = ['E05000420', 'E05000426', 'E05000429'];
const STRANDS = ['domestic_violence', 'stalking', 'trafficking'];
const MONTHS = ['2012-04', '2012-05', '2012-06', '2012-07', '2012-08', '2012-09', '2012-10', '2012-11', '2012-12', '2013-01', '2013-02', '2013-03'];
const threshold = (strand: string | undefined) => (strand === 'trafficking' ? 10 : 5);
const funder: AuthUser = { subject: 'f', role: 'funder', wards: [] };

interface Leaf { month: string; ward: string; strand: string }
const LEAVES: Leaf[] = MONTHS.flatMap((month) => WARDS.flatMap((ward) => STRANDS.map((strand) => ({ month, ward, strand }))));

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const datasetArbitrary = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 5, max: 14 }) }), { minLength: LEAVES.length, maxLength: LEAVES.length });

const queryArbitrary: fc.Arbitrary<Partial<FigureArgs>> = fc.record({
  groupBy: fc.constantFrom<Dimension[]>(['WARD'], ['STRAND'], ['WARD', 'STRAND']),
  granularity: fc.constantFrom(null, 'QUARTER' as const, 'MONTH' as const),
  filter: fc.constantFrom(null, { ward: [WARDS[0]] }, { strand: ['trafficking'] }, { ward: [WARDS[1], WARDS[2]] }),
});

/** Which leaves a row of an answer adds up. */
function leavesOf(query: Partial<FigureArgs>, period: { start: string; end: string } | null, key: Record<string, string>): number[] {
  const filter = query.filter ?? {};
  return LEAVES.flatMap((leaf, index) => {
    const day = `${leaf.month}-15`;
    if (period && (day < period.start || day > period.end)) return [];
    if (key.WARD !== undefined && key.WARD !== leaf.ward) return [];
    if (key.STRAND !== undefined && key.STRAND !== leaf.strand) return [];
    if (filter.ward && !filter.ward.includes(leaf.ward)) return [];
    if (filter.strand && !filter.strand.includes(leaf.strand)) return [];
    return [index];
  });
}

function equations(query: Partial<FigureArgs>, answer: FigureResultData): EqualitySystem['rows'][number][] {
  const rows: EqualitySystem['rows'][number][] = [];
  const add = (leaves: number[], value: number) => rows.push({ coefs: new Map(leaves.map((l) => [l, 1n])), rhs: BigInt(value) });
  if (!answer.suppressed && answer.total !== null) add(leavesOf(query, null, {}), answer.total);
  const seen = new Set<string>();
  for (const row of answer.rows) {
    const key = Object.fromEntries(row.key.map((k) => [k.dimension, k.code]));
    seen.add(`${row.period?.start}|${row.key.map((k) => k.code).join('|')}`);
    if (!row.suppressed && row.value !== null) add(leavesOf(query, row.period, key), row.value);
  }
  // A row that is not there is a published zero.
  const periods = answer.rows.length ? [...new Map(answer.rows.map((r) => [r.period?.start, r.period])).values()] : [];
  const keys = (query.groupBy ?? []).reduce<Record<string, string>[]>((acc, d) => acc.flatMap((k) => (d === 'WARD' ? WARDS : STRANDS).map((code) => ({ ...k, [d]: code }))), [{}]);
  for (const period of periods) {
    for (const key of keys) {
      const id = `${period?.start}|${(query.groupBy ?? []).map((d) => key[d]).join('|')}`;
      const leaves = leavesOf(query, period ?? null, key);
      if (!seen.has(id) && leaves.length) add(leaves, 0);
    }
  }
  return rows;
}

const compare = (a: Fraction, b: Fraction) => a.num * b.den - b.num * a.den;

/** Every cell with a breakdown whose true count is small, as the set of leaves it adds up. */
function smallCells(counts: number[]): { name: string; leaves: number[] }[] {
  const timeNodes = [...MONTHS.map((m) => [m]), ...[1, 2, 3, 4].map((q) => MONTHS.filter((m) => financialQuarterOf(`${m}-01`) === q)), MONTHS];
  const cells: { name: string; leaves: number[] }[] = [];
  for (const months of timeNodes) {
    for (const ward of [...WARDS, undefined]) {
      for (const strand of [...STRANDS, undefined]) {
        if (!ward && !strand) continue;
        const leaves = LEAVES.flatMap((l, i) => (months.includes(l.month) && (!ward || l.ward === ward) && (!strand || l.strand === strand) ? [i] : []));
        const value = leaves.reduce((sum, i) => sum + counts[i], 0);
        if (value >= 1 && value < threshold(strand)) cells.push({ name: `${months.length === 1 ? months[0] : months.length === 12 ? 'year' : `${months[0]}…`} ${ward ?? 'all'} ${strand ?? 'all'} = ${value}`, leaves });
      }
    }
  }
  return cells;
}

describe('no small cell can be recovered from two funder queries', () => {
  it('holds for random datasets and random pairs of queries', async () => {
    const reference = await loadReferenceCatalogue(db.requestDataSource);
    const context = { user: funder, dataSource: db.requestDataSource, reference: async () => reference };
    await fc.assert(fc.asyncProperty(datasetArbitrary, queryArbitrary, queryArbitrary, async (counts, first, second) => {
      await db.dataSource.query('TRUNCATE gaia_referral, figure_revision, import_batch CASCADE');
      const lines = ['ref,date,strand,ward_code,age_band,sex,referral_source'];
      LEAVES.forEach((leaf, index) => {
        for (let n = 0; n < counts[index]; n += 1) lines.push(`R${index}-${n},${leaf.month}-${String((n % 27) + 1).padStart(2, '0')},${leaf.strand},${leaf.ward},25_34,female,self`);
      });
      expect((await importCsv(db.dataSource, 'gaia_referrals', csv(...lines))).status).toBe('imported');
      const answers = await Promise.all([first, second].map((q) => answerFigures(context, { measure: 'gaia.referrals', financialYear: '2012/13', ...q } as FigureArgs)));
      const system: EqualitySystem = { variables: LEAVES.length, rows: [first, second].flatMap((q, i) => equations(q, answers[i])) };
      for (const cell of smallCells(counts)) {
        const objective = new Map(cell.leaves.map((l) => [l, 1n]));
        const high = maximise(system, objective);
        const low = maximise(system, new Map(cell.leaves.map((l) => [l, -1n])));
        expect(high.status).not.toBe('infeasible'); // the published answers are consistent with the records
        if (high.status !== 'optimal' || low.status !== 'optimal') continue; // unbounded above: not pinned
        const min = { num: -low.value.num, den: low.value.den };
        if (compare(high.value, min) === 0n) throw new Error(`${cell.name} is pinned by ${JSON.stringify([first, second])}`);
      }
    }), { numRuns: 20 });
  });
});
