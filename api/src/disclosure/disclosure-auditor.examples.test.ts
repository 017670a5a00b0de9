import { cellKey } from './disclosure-cubes.test-helper';
import { findDeterminedCells } from './disclosure-auditor';
import type { DisclosureCube } from './disclosure-cube';
import { repairUntilProtected } from './disclosure-repair';
import { cube, everyMonth } from './disclosure-cubes.test-helper';
import type { BreakdownDimension } from './disclosure-types';
import { markPrimarySuppressions, PRIMARY, PUBLISHED, SECONDARY } from './primary-suppression';
import { cheapestWitness } from './protection-witness';
import { enforceNoLoneSuppression } from './secondary-suppression';

/** Two wards over a year: cubes of 17 × 3 cells, small enough to reason about by hand. */
const twoWards: BreakdownDimension[] = [{ dimension: 'WARD', codes: ['a', 'b'] }];
const at = (c: DisclosureCube, time: string, ward?: string) => c.indexOf({ time, codes: ward ? { WARD: ward } : {} });
const keys = (c: DisclosureCube, cells: readonly number[]) => cells.map((cell) => cellKey(c.cellRef(cell)));
const allBut = (withheld: readonly number[]) => (cell: number) => !withheld.includes(cell);

describe('findDeterminedCells on small cubes', () => {
  // Built in each test, not when the file loads, so that a broken cube builder fails these tests.
  let c: DisclosureCube;
  beforeEach(() => { c = cube({ dimensions: twoWards, leaves: [...everyMonth({ WARD: 'a' }, 6), ...everyMonth({ WARD: 'b' }, 8)] }); });

  it("finds both cells of a month withheld alone: each ward's quarter gives them back", () => {
    const withheld = [at(c, '2012-04', 'a'), at(c, '2012-04', 'b')];
    expect(keys(c, findDeterminedCells(c, allBut(withheld), withheld))).toEqual(['2012-04|WARD=a', '2012-04|WARD=b']);
  });

  it('finds none of a 2 × 2 box of months and wards, and reports only the cells asked about', () => {
    const box = [at(c, '2012-04', 'a'), at(c, '2012-04', 'b'), at(c, '2012-05', 'a'), at(c, '2012-05', 'b')];
    expect(findDeterminedCells(c, allBut(box), box)).toEqual([]);
    const withheld = [...box, at(c, '2012-06', 'a')];
    expect(keys(c, findDeterminedCells(c, allBut(withheld), [at(c, '2012-06', 'a'), at(c, '2012-07', 'a')]))).toEqual(['2012-06|WARD=a']);
  });

  it('returns nothing when every target is published', () => {
    expect(findDeterminedCells(c, () => true, [at(c, '2012-04', 'a')])).toEqual([]);
  });

  it('pins withheld zeros by non-negativity, and the cell they were hiding with them', () => {
    const z = cube({ dimensions: twoWards, leaves: [...everyMonth({ WARD: 'a' }, 6, { '2012-04': 3 }), ...everyMonth({ WARD: 'b' }, 8, { '2012-04': 0, '2012-05': 0 })] });
    const box = [at(z, '2012-04', 'a'), at(z, '2012-04', 'b'), at(z, '2012-05', 'a'), at(z, '2012-05', 'b')];
    expect(keys(z, findDeterminedCells(z, allBut(box), box))).toEqual(['2012-04|WARD=a', '2012-04|WARD=b', '2012-05|WARD=a', '2012-05|WARD=b']);
  });
});

describe('primary and secondary suppression on small cubes', () => {
  let small: DisclosureCube;
  beforeEach(() => { small = cube({ dimensions: twoWards, leaves: [...everyMonth({ WARD: 'a' }, 6, { '2012-04': 2, '2012-05': 0 }), ...everyMonth({ WARD: 'b' }, 8)] }); });

  it('marks counts from 1 to the threshold − 1 with a breakdown, never zeros or borough figures', () => {
    const marks = markPrimarySuppressions(small, (cell) => (small.isBorough(cell) ? 1000 : 6));
    const primary = [...marks.keys()].filter((cell) => marks[cell] === PRIMARY);
    expect(keys(small, primary)).toEqual(['2012-04|WARD=a']);
    const atSeven = markPrimarySuppressions(small, () => 7);
    expect(keys(small, [...atSeven.keys()].filter((cell) => atSeven[cell] === PRIMARY))).toEqual([
      '2012-04|WARD=a', '2012-06|WARD=a', '2012-07|WARD=a', '2012-08|WARD=a', '2012-09|WARD=a', '2012-10|WARD=a', '2012-11|WARD=a', '2012-12|WARD=a', '2013-01|WARD=a', '2013-02|WARD=a', '2013-03|WARD=a',
    ]);
  });

  it('gives a lone withheld cell the smallest non-zero complement on each of its lines, children before parents', () => {
    const marks = new Uint8Array(small.size);
    marks[at(small, '2012-04', 'a')] = PRIMARY;
    enforceNoLoneSuppression(small, marks);
    const withheld = [...marks.keys()].filter((cell) => marks[cell] !== PUBLISHED);
    // April: the other ward (8). Ward a's Q1: June (6), not May (0) nor the quarter (8). Then June's other ward.
    expect(keys(small, withheld)).toEqual(['2012-04|WARD=a', '2012-04|WARD=b', '2012-06|WARD=a', '2012-06|WARD=b']);
    expect(withheld.filter((cell) => marks[cell] === SECONDARY)).toHaveLength(3);
  });

  it('leaves a line alone when its only other members are borough figures', () => {
    const single = cube({ dimensions: [{ dimension: 'WARD', codes: ['a'] }], leaves: everyMonth({ WARD: 'a' }, 6, { '2012-04': 2 }) });
    const marks = new Uint8Array(single.size);
    marks[at(single, '2012-04', 'a')] = PRIMARY;
    enforceNoLoneSuppression(single, marks);
    // Ward a is the only ward, so its cells are borough figures too: none of them can be a complement.
    expect(keys(single, [...marks.keys()].filter((cell) => marks[cell] !== PUBLISHED))).toEqual(['2012-04|WARD=a']);
    // The borough's April equals ward a's: nothing can protect it.
    expect(cheapestWitness(single, marks, at(single, '2012-04', 'a'))).toBeNull();
    expect(keys(single, repairUntilProtected(single, marks, [at(single, '2012-04', 'a')]))).toEqual(['2012-04|WARD=a']);
  });
});

describe('audit and repair on small cubes', () => {
  it("withholds the cheapest box that moves a cell the line rule left determined", () => {
    const c = cube({ dimensions: twoWards, leaves: [...everyMonth({ WARD: 'a' }, 6, { '2012-04': 2 }), ...everyMonth({ WARD: 'b' }, 8, { '2012-05': 5 })] });
    const april = at(c, '2012-04', 'a');
    const marks = new Uint8Array(c.size);
    marks[april] = PRIMARY;
    marks[at(c, '2012-04', 'b')] = SECONDARY;
    // Both of April's cells withheld, every line has two or none, yet each ward's Q1 gives its April back.
    expect(findDeterminedCells(c, (cell) => marks[cell] === PUBLISHED, [april])).toEqual([april]);
    expect(keys(c, cheapestWitness(c, marks, april) ?? [])).toEqual(['2012-05|WARD=a', '2012-05|WARD=b']);
    expect(repairUntilProtected(c, marks, [april])).toEqual([]);
    expect(keys(c, [...marks.keys()].filter((cell) => marks[cell] !== PUBLISHED))).toEqual(['2012-04|WARD=a', '2012-04|WARD=b', '2012-05|WARD=a', '2012-05|WARD=b']);
    expect(findDeterminedCells(c, (cell) => marks[cell] === PUBLISHED, [april])).toEqual([]);
  });

  it('finds no box needed for a cell already protected', () => {
    const c = cube({ dimensions: twoWards, leaves: [...everyMonth({ WARD: 'a' }, 6), ...everyMonth({ WARD: 'b' }, 8)] });
    const marks = new Uint8Array(c.size);
    for (const [time, ward] of [['2012-04', 'a'], ['2012-04', 'b'], ['2012-05', 'a'], ['2012-05', 'b']]) marks[at(c, time, ward)] = SECONDARY;
    expect(cheapestWitness(c, marks, at(c, '2012-04', 'a'))).toEqual([]);
  });
});
