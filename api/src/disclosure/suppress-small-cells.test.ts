import { cellBounds } from './cell-bounds.test-helper';
import { cellKey } from './disclosure-cubes.test-helper';
import { findDeterminedCells } from './disclosure-auditor';
import { BISHOPS, BRIXTON_HILL, CLAPHAM_COMMON, cube, everyMonth, FINANCIAL_YEAR, MONTHS, publishedBy } from './disclosure-cubes.test-helper';
import { disclosurePolicy } from './disclosure-policy';
import type { BreakdownDimension, CellRef, LeafCount } from './disclosure-types';
import { suppressSmallCells, type SuppressionPattern } from './suppress-small-cells';

const WARDS = [BISHOPS, BRIXTON_HILL, CLAPHAM_COMMON];
const byWard: BreakdownDimension[] = [{ dimension: 'WARD', codes: WARDS }];

function suppress(dimensions: BreakdownDimension[], leaves: LeafCount[]): SuppressionPattern {
  return suppressSmallCells({ measureId: 'gaia.referrals', financialYear: FINANCIAL_YEAR, dimensions, leaves });
}

function withheld(pattern: SuppressionPattern): string[] {
  return pattern.suppressedCells().map((cell) => `${cellKey(cell)} ${pattern.reason(cell)}`);
}

/** The least and greatest value an attacker can give the cell from everything the pattern publishes. */
function attackerRange(dimensions: BreakdownDimension[], leaves: LeafCount[], pattern: SuppressionPattern, cell: CellRef): [number, number] {
  const c = cube({ dimensions, leaves });
  const { min, max } = cellBounds(c, publishedBy(pattern, c), c.indexOf(cell));
  return [Number(min.num) / Number(min.den), Number(max.num) / Number(max.den)];
}

describe('suppressSmallCells', () => {
  it('gives a single small ward cell a complement in the same month and in the same ward', () => {
    const leaves = [
      ...everyMonth({ WARD: BISHOPS }, 20),
      ...everyMonth({ WARD: BRIXTON_HILL }, 12, { '2012-04': 2 }),
      ...everyMonth({ WARD: CLAPHAM_COMMON }, 30),
    ];
    // The smallest other ward that month (Bishop's, 20) and the first smallest other month (May, 12).
    expect(withheld(suppress(byWard, leaves))).toEqual([
      `2012-04|WARD=${BISHOPS} secondary`,
      `2012-04|WARD=${BRIXTON_HILL} primary`,
      `2012-05|WARD=${BISHOPS} secondary`,
      `2012-05|WARD=${BRIXTON_HILL} secondary`,
    ]);
  });

  it('does not let the year minus three published quarters reveal a small quarter', () => {
    const leaves = [
      ...everyMonth({ WARD: BISHOPS }, 10),
      ...everyMonth({ WARD: BRIXTON_HILL }, 10, { '2012-07': 1, '2012-08': 1, '2012-09': 1 }),
      ...everyMonth({ WARD: CLAPHAM_COMMON }, 10),
    ];
    const pattern = suppress(byWard, leaves);
    const quarter = { time: 'Q2', codes: { WARD: BRIXTON_HILL } };
    expect(pattern.reason(quarter)).toBe('primary');
    expect(pattern.publishedValue({ time: 'YEAR', codes: { WARD: BRIXTON_HILL } })).toBe(93);
    const withheldQuarters = ['Q1', 'Q2', 'Q3', 'Q4'].filter((time) => pattern.isSuppressed({ time, codes: { WARD: BRIXTON_HILL } }));
    expect(withheldQuarters.length).toBeGreaterThanOrEqual(2);
    const [min, max] = attackerRange(byWard, leaves, pattern, quarter);
    expect(min).toBeLessThan(3);
    expect(max).toBeGreaterThan(3);
  });

  it('withholds a ward margin in the ward table when the ward × strand table needs it', () => {
    const dimensions: BreakdownDimension[] = [...byWard, { dimension: 'STRAND', codes: ['domestic_violence', 'fgm', 'stalking'] }];
    const leaves = WARDS.flatMap((ward) => [
      ...everyMonth({ WARD: ward, STRAND: 'domestic_violence' }, 20, ward === BRIXTON_HILL ? { '2012-04': 0 } : {}),
      ...everyMonth({ WARD: ward, STRAND: 'stalking' }, 6, ward === BRIXTON_HILL ? { '2012-04': 0 } : {}),
      ...everyMonth({ WARD: ward, STRAND: 'fgm' }, 0, ward === BRIXTON_HILL ? { '2012-04': 7 } : {}),
    ]);
    const margin = { time: '2012-04', codes: { WARD: BRIXTON_HILL } };
    const fgm = { time: '2012-04', codes: { WARD: BRIXTON_HILL, STRAND: 'fgm' } };
    const joint = suppress(dimensions, leaves);
    expect(joint.reason(fgm)).toBe('primary');
    // 7 referrals is publishable for a ward alone, but beside published zeros it is the FGM count.
    expect(joint.reason(margin)).toBe('secondary');
    const wardTableAlone = suppress(byWard, leaves.map((leaf) => ({ ...leaf, codes: { WARD: leaf.codes.WARD } })));
    expect(wardTableAlone.publishedValue(margin)).toBe(7);

    const c = cube({ dimensions, leaves });
    const published = publishedBy(joint, c);
    expect(findDeterminedCells(c, published, [c.indexOf(fgm)])).toEqual([]);
    const withSeparateWardTable = (cell: number) => published(cell) || cell === c.indexOf(margin);
    expect(findDeterminedCells(c, withSeparateWardTable, [c.indexOf(fgm)])).toEqual([c.indexOf(fgm)]);
  });

  it('uses a threshold of 10 for the sensitive strands and 5 for the others', () => {
    const dimensions: BreakdownDimension[] = [{ dimension: 'STRAND', codes: ['domestic_violence', 'stalking', 'trafficking'] }];
    const leaves = [
      ...everyMonth({ STRAND: 'domestic_violence' }, 40),
      ...everyMonth({ STRAND: 'stalking' }, 7),
      ...everyMonth({ STRAND: 'trafficking' }, 7),
    ];
    const pattern = suppress(dimensions, leaves);
    for (const month of MONTHS) {
      expect(pattern.reason({ time: month, codes: { STRAND: 'trafficking' } })).toBe('primary');
      expect(pattern.reason({ time: month, codes: { STRAND: 'stalking' } })).not.toBe('primary');
    }
    expect(pattern.isSuppressed({ time: 'Q1', codes: { STRAND: 'trafficking' } })).toBe(false);
  });

  it('follows a policy configured for the measure', () => {
    const leaves = everyMonth({ WARD: BISHOPS }, 7).concat(everyMonth({ WARD: BRIXTON_HILL }, 30));
    const policy = disclosurePolicy({ measures: { 'gaia.referrals': { threshold: 8 } } });
    const pattern = suppressSmallCells({ measureId: 'gaia.referrals', financialYear: FINANCIAL_YEAR, dimensions: byWard, leaves, policy });
    expect(pattern.reason({ time: '2012-04', codes: { WARD: BISHOPS } })).toBe('primary');
    expect(suppress(byWard, leaves).isSuppressed({ time: '2012-04', codes: { WARD: BISHOPS } })).toBe(false);
  });

  it('never withholds a borough figure, however small, and still protects the one ward it comes from', () => {
    const dimensions: BreakdownDimension[] = [{ dimension: 'WARD', codes: [BISHOPS, BRIXTON_HILL] }];
    const leaves = everyMonth({ WARD: BISHOPS }, 1);
    const pattern = suppress(dimensions, leaves);
    for (const time of ['YEAR', 'Q1', 'Q2', 'Q3', 'Q4', ...MONTHS]) {
      expect(pattern.isSuppressed({ time, codes: {} })).toBe(false);
    }
    expect(pattern.publishedValue({ time: '2012-04', codes: {} })).toBe(1);
    const [min, max] = attackerRange(dimensions, leaves, pattern, { time: '2012-04', codes: { WARD: BISHOPS } });
    expect([min, max]).toEqual([0, 1]);
  });

  it('does not withhold zeros for being small', () => {
    const leaves = everyMonth({ WARD: BISHOPS }, 0).concat(everyMonth({ WARD: BRIXTON_HILL }, 25), everyMonth({ WARD: CLAPHAM_COMMON }, 30));
    const pattern = suppress(byWard, leaves);
    expect(pattern.suppressedCells()).toEqual([]);
    expect(pattern.publishedValue({ time: 'YEAR', codes: { WARD: BISHOPS } })).toBe(0);
  });

  it('gives the same pattern whatever order the leaves, codes and dimensions come in', () => {
    const strands = ['domestic_violence', 'fgm', 'sexual_violence', 'stalking'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const leaves = MONTHS.flatMap((month) => WARDS.flatMap((WARD) => strands.map((STRAND) => ({ month, codes: { WARD, STRAND }, count: next() % 9 }))));
    const forwards = suppress([...byWard, { dimension: 'STRAND', codes: strands }], leaves);
    const shuffled = [...leaves].sort(() => (next() % 2 ? 1 : -1)).map((leaf) => ({ ...leaf, codes: { STRAND: leaf.codes.STRAND, WARD: leaf.codes.WARD } }));
    const backwards = suppress([{ dimension: 'STRAND', codes: [...strands].reverse() }, { dimension: 'WARD', codes: [...WARDS].reverse() }], shuffled);
    expect(withheld(backwards)).toEqual(withheld(forwards));
    expect(withheld(forwards).length).toBeGreaterThan(0);
  });

  it('publishes a breakdown with a single possible code as the borough figure it equals (withholding it would protect nothing)', () => {
    const dimensions: BreakdownDimension[] = [{ dimension: 'WARD', codes: [BISHOPS] }];
    const pattern = suppress(dimensions, everyMonth({ WARD: BISHOPS }, 10, { '2012-04': 2 }));
    expect(pattern.reason({ time: '2012-04', codes: { WARD: BISHOPS } })).toBeNull();
    expect(pattern.publishedValue({ time: '2012-04', codes: { WARD: BISHOPS } })).toBe(2);
    expect(pattern.unprotectableCells()).toEqual([]);
  });

  it('publishes only borough figures when there is no breakdown', () => {
    const pattern = suppress([], everyMonth({}, 1));
    expect(pattern.suppressedCells()).toEqual([]);
    expect(pattern.publishedValue({ time: 'YEAR', codes: {} })).toBe(12);
  });
});

describe('suppressSmallCells refuses input it cannot protect', () => {
  const attempt = (dimensions: BreakdownDimension[], leaves: LeafCount[], financialYear = FINANCIAL_YEAR) =>
    () => suppressSmallCells({ measureId: 'gaia.referrals', financialYear, dimensions, leaves });

  it('names a month outside the financial year', () => {
    expect(attempt(byWard, [{ month: '2013-04', codes: { WARD: BISHOPS }, count: 1 }]))
      .toThrow('Leaf count 1 (2013-04): month must be one of 2012-04 to 2013-03');
  });

  it('names a code missing from the code list', () => {
    expect(attempt(byWard, [{ month: '2012-04', codes: { WARD: 'E05000999' }, count: 1 }]))
      .toThrow('Leaf count 1 (2012-04): WARD code "E05000999" is not in the WARD code list');
  });

  it('names a leaf that is not on the full cross of the breakdowns', () => {
    const dimensions: BreakdownDimension[] = [...byWard, { dimension: 'STRAND', codes: ['fgm'] }];
    expect(attempt(dimensions, [{ month: '2012-04', codes: { WARD: BISHOPS }, count: 1 }]))
      .toThrow('Leaf count 1 (2012-04): needs a STRAND code; leaves are the full cross of the breakdowns');
  });

  it('names a count that is not a whole number', () => {
    expect(attempt(byWard, [{ month: '2012-04', codes: { WARD: BISHOPS }, count: -1 }]))
      .toThrow('Leaf count 1 (2012-04): count must be a whole number of at least 0, not -1');
  });

  it('refuses more than two breakdowns and a malformed financial year', () => {
    const three: BreakdownDimension[] = [...byWard, { dimension: 'STRAND', codes: ['fgm'] }, { dimension: 'SEX', codes: ['female'] }];
    expect(attempt(three, [])).toThrow('Disclosure control covers at most 2 breakdown dimensions, not 3');
    expect(attempt(byWard, [], '2012-13')).toThrow('Financial year "2012-13" should look like 2012/13');
  });

  it('names a cell the pattern was not computed for', () => {
    const pattern = suppress(byWard, everyMonth({ WARD: BISHOPS }, 10));
    expect(() => pattern.isSuppressed({ time: '2012-04', codes: { STRAND: 'fgm' } }))
      .toThrow('Cell has a STRAND code but this pattern covers WARD');
    expect(() => pattern.isSuppressed({ time: 'Q5', codes: {} }))
      .toThrow('Cell time "Q5" is not YEAR, Q1 to Q4 or a month of this financial year (2012-04 to 2013-03)');
  });
});
