import fc from 'fast-check';
import { cellBounds } from './cell-bounds.test-helper';
import { cellKey } from './disclosure-cubes.test-helper';
import { findDeterminedCells } from './disclosure-auditor';
import type { DisclosureCube } from './disclosure-cube';
import { cube, FINANCIAL_YEAR, inQuery, latticeQueries, MONTHS } from './disclosure-cubes.test-helper';
import { DEFAULT_DISCLOSURE_POLICY } from './disclosure-policy';
import type { BreakdownDimension, LeafCount } from './disclosure-types';
import { suppressSmallCells, type SuppressionPattern } from './suppress-small-cells';

const MEASURE = 'gaia.referrals';
const STRANDS = ['domestic_violence', 'fgm', 'sexual_violence', 'stalking', 'trafficking'];
const WARDS = Array.from({ length: 5 }, (_, i) => `E0500041${i}`);
const CODES = [...STRANDS, ...WARDS];

interface CubeInput {
  readonly dimensions: BreakdownDimension[];
  readonly leaves: LeafCount[];
}

/** 1–2 breakdowns of 2–5 codes, every leaf a small count (0–12) so that many cells are small. */
const smallCube: fc.Arbitrary<CubeInput> = fc.record({
  breakdowns: fc.constantFrom(['WARD'], ['STRAND'], ['WARD', 'STRAND']),
  wards: fc.integer({ min: 2, max: 5 }),
  strands: fc.shuffledSubarray(STRANDS, { minLength: 2, maxLength: 5 }),
  counts: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 300, maxLength: 300 }),
}).map(({ breakdowns, wards, strands, counts }) => {
  const codes = { WARD: WARDS.slice(0, wards), STRAND: strands };
  const dimensions = breakdowns.map((dimension) => ({ dimension, codes: codes[dimension as 'WARD' | 'STRAND'] }) as BreakdownDimension);
  let combos: Record<string, string>[] = [{}];
  for (const { dimension, codes: list } of dimensions) combos = combos.flatMap((c) => list.map((code) => ({ ...c, [dimension]: code })));
  const leaves = MONTHS.flatMap((month, k) => combos.map((codesOf, j) => ({ month, codes: codesOf, count: counts[k * combos.length + j] })));
  return { dimensions, leaves };
});

function protect(input: CubeInput): { pattern: SuppressionPattern; cubeOf: DisclosureCube; withheld: (cell: number) => boolean } {
  const pattern = suppressSmallCells({ measureId: MEASURE, financialYear: FINANCIAL_YEAR, ...input });
  const cubeOf = cube(input);
  const marks = [...Array(cubeOf.size).keys()].map((cell) => pattern.isSuppressed(cubeOf.cellRef(cell)));
  return { pattern, cubeOf, withheld: (cell) => marks[cell] };
}

const primariesOf = (pattern: SuppressionPattern, cubeOf: DisclosureCube) =>
  [...Array(cubeOf.size).keys()].filter((cell) => pattern.reason(cubeOf.cellRef(cell)) === 'primary');

describe('suppressSmallCells on random small cubes', () => {
  it('withholds exactly the small non-zero cells with a breakdown as primary, and never a borough figure', () => {
    fc.assert(fc.property(smallCube, (input) => {
      const { pattern, cubeOf, withheld } = protect(input);
      for (let cell = 0; cell < cubeOf.size; cell++) {
        const ref = cubeOf.cellRef(cell);
        const value = cubeOf.values[cell];
        const small = !cubeOf.isBorough(cell) && value >= 1 && value < DEFAULT_DISCLOSURE_POLICY.thresholdFor(MEASURE, ref);
        expect(pattern.reason(ref) === 'primary').toBe(small);
        if (cubeOf.isBorough(cell)) expect(withheld(cell)).toBe(false);
      }
    }), { numRuns: 80 });
  });

  it('leaves no additive line with exactly one withheld cell', () => {
    fc.assert(fc.property(smallCube, (input) => {
      const { cubeOf, withheld } = protect(input);
      for (const line of cubeOf.lines) {
        const count = [line.parent, ...line.children].filter(withheld).length;
        expect(count === 1 ? `line of ${cellKey(cubeOf.cellRef(line.parent))} has one withheld cell` : 'ok').toBe('ok');
      }
    }), { numRuns: 100 });
  });

  it('lets no two queries together pin down a primary cell', () => {
    const withPairs = smallCube.chain((input) => fc.tuple(
      fc.constant(input),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 6, maxLength: 6 }),
    ));
    fc.assert(fc.property(withPairs, ([input, pairs]) => {
      const { pattern, cubeOf, withheld } = protect(input);
      const primaries = primariesOf(pattern, cubeOf);
      expect(findDeterminedCells(cubeOf, (cell) => !withheld(cell), primaries)).toEqual([]);
      const queries = latticeQueries(cubeOf);
      for (const [a, b] of pairs) {
        const [first, second] = [queries[a % queries.length], queries[b % queries.length]];
        const published = (cell: number) => !withheld(cell) && (inQuery(cubeOf, first, cell) || inQuery(cubeOf, second, cell));
        expect(findDeterminedCells(cubeOf, published, primaries).map((cell) => cellKey(cubeOf.cellRef(cell)))).toEqual([]);
      }
    }), { numRuns: 60 });
  });

  it('leaves every primary cell of a tiny cube a range of values by exact LP, not one value', () => {
    const tiny = fc.record({
      wards: fc.integer({ min: 2, max: 3 }),
      counts: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 36, maxLength: 36 }),
    }).map(({ wards, counts }) => ({
      dimensions: [{ dimension: 'WARD', codes: WARDS.slice(0, wards) }] as BreakdownDimension[],
      leaves: MONTHS.flatMap((month, k) => WARDS.slice(0, wards).map((WARD, j) => ({ month, codes: { WARD }, count: counts[k * wards + j] }))),
    }));
    fc.assert(fc.property(tiny, (input) => {
      const { pattern, cubeOf, withheld } = protect(input);
      const primaries = primariesOf(pattern, cubeOf);
      for (const cell of primaries.filter((_, i) => i % Math.ceil(primaries.length / 5) === 0)) {
        const { min, max } = cellBounds(cubeOf, (c) => !withheld(c), cell);
        expect(min.num * max.den < max.num * min.den).toBe(true);
      }
    }), { numRuns: 12 });
  });

  it('leaves every primary cell a range that reaches 0 or its threshold, by exact LP (never narrowed inside 1..threshold − 1)', () => {
    const tiny = fc.record({
      strands: fc.constantFrom(['domestic_violence', 'trafficking'], ['fgm', 'stalking'], ['stalking', 'trafficking']),
      counts: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 14 })), { minLength: 48, maxLength: 48 }),
    }).map(({ strands, counts }) => ({
      dimensions: [{ dimension: 'WARD', codes: WARDS.slice(0, 2) }, { dimension: 'STRAND', codes: strands }] as BreakdownDimension[],
      leaves: MONTHS.flatMap((month, k) => WARDS.slice(0, 2).flatMap((WARD, w) => strands.map((STRAND, j) => ({ month, codes: { WARD, STRAND }, count: counts[k * 4 + w * 2 + j] })))),
    }));
    fc.assert(fc.property(tiny, (input) => {
      const { pattern, cubeOf, withheld } = protect(input);
      for (const cell of primariesOf(pattern, cubeOf)) {
        const { min, max } = cellBounds(cubeOf, (c) => !withheld(c), cell);
        const threshold = BigInt(DEFAULT_DISCLOSURE_POLICY.thresholdFor(MEASURE, cubeOf.cellRef(cell)));
        const reaches = min.num <= 0n || max.num >= threshold * max.den;
        expect(reaches ? 'reaches 0 or the threshold' : `${cellKey(cubeOf.cellRef(cell))} = ${cubeOf.values[cell]} narrowed to ${min.num}/${min.den}..${max.num}/${max.den}`).toBe('reaches 0 or the threshold');
      }
    }), { numRuns: 25 });
  });

  it('gives the same pattern for shuffled leaves and code lists', () => {
    const shuffledTwice = smallCube.chain((input) => fc.tuple(
      fc.constant(input),
      fc.shuffledSubarray(input.leaves, { minLength: input.leaves.length }),
      fc.shuffledSubarray(CODES, { minLength: CODES.length }),
    ));
    fc.assert(fc.property(shuffledTwice, ([input, leaves, order]) => {
      const rank = (code: string) => order.indexOf(code);
      const dimensions = [...input.dimensions].reverse().map((d) => ({ ...d, codes: [...d.codes].sort((x, y) => rank(x) - rank(y)) }));
      const keys = (p: SuppressionPattern) => p.suppressedCells().map(cellKey);
      const first = suppressSmallCells({ measureId: MEASURE, financialYear: FINANCIAL_YEAR, ...input });
      const second = suppressSmallCells({ measureId: MEASURE, financialYear: FINANCIAL_YEAR, dimensions, leaves });
      expect(keys(second)).toEqual(keys(first));
    }), { numRuns: 100 });
  });
});
