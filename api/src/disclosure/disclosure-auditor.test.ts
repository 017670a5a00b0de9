import fc from 'fast-check';
import { cellBounds } from './cell-bounds.test-helper';
import { findDeterminedCells } from './disclosure-auditor';
import type { DisclosureCube } from './disclosure-cube';
import { repairUntilProtected } from './disclosure-repair';
import { cube, everyMonth, MONTHS } from './disclosure-cubes.test-helper';
import type { BreakdownDimension, LeafCount } from './disclosure-types';
import { PRIMARY, PUBLISHED, SECONDARY } from './primary-suppression';
import { enforceNoLoneSuppression } from './secondary-suppression';

const isFixed = (c: DisclosureCube, published: (cell: number) => boolean, cell: number): boolean => {
  const { min, max } = cellBounds(c, published, cell);
  return min.num * max.den === max.num * min.den;
};

const range = (c: DisclosureCube, published: (cell: number) => boolean, cell: number): [number, number] => {
  const { min, max } = cellBounds(c, published, cell);
  return [Number(min.num) / Number(min.den), Number(max.num) / Number(max.den)];
};

describe('findDeterminedCells', () => {
  // A 4 × 4 ward × strand table whose withheld cells, at every time level, are two 2 × 2 boxes
  // joined by one cell: every line has two withheld cells, yet the joining cell is a bridge.
  const wards = ['w1', 'w2', 'w3', 'w4'];
  const strands = ['s1', 's2', 's3', 's4'];
  const dimensions: BreakdownDimension[] = [{ dimension: 'WARD', codes: wards }, { dimension: 'STRAND', codes: strands }];
  const leaves = wards.flatMap((WARD) => strands.flatMap((STRAND) => everyMonth({ WARD, STRAND }, 2)));
  const bridged = cube({ dimensions, leaves });
  const withheldPairs = [[0, 0], [0, 1], [1, 0], [1, 1], [2, 2], [2, 3], [3, 2], [3, 3], [0, 2]];
  const bridge = (time: string) => bridged.indexOf({ time, codes: { WARD: 'w1', STRAND: 's3' } });
  const withheld = new Set([...Array(bridged.size).keys()].filter((cell) => {
    const [, ward, strand] = bridged.coordinates(cell);
    return withheldPairs.some(([w, s]) => ward === w + 1 && strand === s + 1);
  }));
  const published = (cell: number) => !withheld.has(cell);

  it('finds a cell that two withheld cells per line do not protect', () => {
    const times = ['YEAR', 'Q1', 'Q2', 'Q3', 'Q4', ...MONTHS];
    expect(findDeterminedCells(bridged, published, withheld)).toEqual(times.map(bridge).sort((a, b) => a - b));
    expect(range(bridged, published, bridge('YEAR'))).toEqual([24, 24]);
    expect(isFixed(bridged, published, bridged.indexOf({ time: 'YEAR', codes: { WARD: 'w1', STRAND: 's1' } }))).toBe(false);
  });

  it('is repaired by withholding a box around the bridge', () => {
    const marks = new Uint8Array(bridged.size);
    withheld.forEach((cell) => { marks[cell] = SECONDARY; });
    const primaries = [bridge('YEAR'), bridge('2012-04')];
    primaries.forEach((cell) => { marks[cell] = PRIMARY; });
    const before = Uint8Array.from(marks);
    enforceNoLoneSuppression(bridged, marks);
    expect(marks).toEqual(before);

    expect(repairUntilProtected(bridged, marks, primaries)).toEqual([]);
    const nowPublished = (cell: number) => marks[cell] === PUBLISHED;
    expect(findDeterminedCells(bridged, nowPublished, primaries)).toEqual([]);
    for (const cell of primaries) expect(isFixed(bridged, nowPublished, cell)).toBe(false);
  });

  it('pins a withheld cell by non-negativity when only withheld zeros could balance it', () => {
    // Brixton Hill has nothing in April or May, and its published quarter says so: April's 3 is Bishop's.
    const wardsOf: BreakdownDimension[] = [{ dimension: 'WARD', codes: ['bishops', 'brixton_hill'] }];
    const counts: LeafCount[] = [
      ...everyMonth({ WARD: 'bishops' }, 10, { '2012-04': 3, '2012-05': 5 }),
      ...everyMonth({ WARD: 'brixton_hill' }, 10, { '2012-04': 0, '2012-05': 0 }),
    ];
    const c = cube({ dimensions: wardsOf, leaves: counts });
    const box = ['bishops', 'brixton_hill'].flatMap((WARD) => ['2012-04', '2012-05'].map((time) => c.indexOf({ time, codes: { WARD } })));
    const notBox = (cell: number) => !box.includes(cell);
    const april = c.indexOf({ time: '2012-04', codes: { WARD: 'bishops' } });
    expect(findDeterminedCells(c, notBox, [april])).toEqual([april]);
    expect(range(c, notBox, april)).toEqual([3, 3]);
  });

  it('agrees with exact LP bounds on small random cubes', () => {
    const smallCube = fc.record({
      wards: fc.integer({ min: 2, max: 3 }),
      strands: fc.constantFrom(0, 2),
      counts: fc.array(fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 3 }), { minLength: 72, maxLength: 72 }),
      publishPercent: fc.integer({ min: 5, max: 70 }),
      draws: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 256, maxLength: 256 }),
    });
    fc.assert(fc.property(smallCube, ({ wards: n, strands: m, counts, publishPercent, draws }) => {
      const wardCodes = Array.from({ length: n }, (_, i) => `w${i}`);
      const strandCodes = Array.from({ length: m }, (_, i) => `s${i}`);
      const dims: BreakdownDimension[] = [{ dimension: 'WARD', codes: wardCodes }, ...(m ? [{ dimension: 'STRAND' as const, codes: strandCodes }] : [])];
      const combos = m ? wardCodes.flatMap((WARD) => strandCodes.map((STRAND) => ({ WARD, STRAND }))) : wardCodes.map((WARD) => ({ WARD }));
      const random = MONTHS.flatMap((month, k) => combos.map((codes, j) => ({ month, codes, count: counts[(k * combos.length + j) % counts.length] })));
      const c = cube({ dimensions: dims, leaves: random });
      const published = (cell: number) => c.isBorough(cell) || draws[cell % draws.length] < publishPercent;
      const unknown = [...Array(c.size).keys()].filter((cell) => !published(cell));
      const determined = new Set(findDeterminedCells(c, published, unknown));
      for (const cell of unknown.filter((_, i) => i % Math.ceil(unknown.length / 8) === 0)) {
        expect(determined.has(cell)).toBe(isFixed(c, published, cell));
      }
    }), { numRuns: 15 });
  });
});
