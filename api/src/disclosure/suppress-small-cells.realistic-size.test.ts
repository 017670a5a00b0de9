import { findDeterminedCells } from './disclosure-auditor';
import { cube, FINANCIAL_YEAR, MONTHS } from './disclosure-cubes.test-helper';
import type { BreakdownDimension, LeafCount } from './disclosure-types';
import { suppressSmallCells } from './suppress-small-cells';

/**
 * A year of Gaia referrals at the published volume (1,571) spread over 22 wards and 9 strand codes
 * (the eight strands and one more, for headroom): 23 × 10 × 17 = 3,910 cells, most of them small.
 */
function gaiaLikeYear(): { dimensions: BreakdownDimension[]; leaves: LeafCount[] } {
  const wards = Array.from({ length: 22 }, (_, i) => `E05000${416 + i}`);
  const strands = ['domestic_violence', 'sexual_violence', 'prostitution', 'stalking', 'trafficking', 'fgm', 'forced_marriage', 'honour_based_violence', 'not_recorded'];
  const strandWeights = [60, 15, 10, 6, 3, 2, 2, 1, 1];
  let seed = 20130331;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = (weights: number[]) => {
    let r = random() * weights.reduce((a, b) => a + b);
    return weights.findIndex((w) => (r -= w) < 0);
  };
  const wardWeights = wards.map(() => 1 + random());
  const counts = new Map<string, number>();
  for (let i = 0; i < 1571; i++) {
    const key = `${MONTHS[Math.floor(random() * 12)]}|${wards[pick(wardWeights)]}|${strands[pick(strandWeights)]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const leaves = [...counts].map(([key, count]) => {
    const [month, WARD, STRAND] = key.split('|');
    return { month, codes: { WARD, STRAND }, count };
  });
  return { dimensions: [{ dimension: 'WARD', codes: wards }, { dimension: 'STRAND', codes: strands }], leaves };
}

describe('suppressSmallCells at realistic size', () => {
  // How long it takes is measured by `npm run bench`, not asserted here.
  it('protects a year of referrals by ward and strand: no withheld cell can be derived, none stands alone in a line', () => {
    const input = gaiaLikeYear();
    const pattern = suppressSmallCells({ measureId: 'gaia.referrals', financialYear: FINANCIAL_YEAR, ...input });

    const cubeOf = cube(input);
    expect(cubeOf.size).toBe(3910);
    const withheld = [...Array(cubeOf.size).keys()].map((cell) => pattern.isSuppressed(cubeOf.cellRef(cell)));
    const primaries = [...Array(cubeOf.size).keys()].filter((cell) => pattern.reason(cubeOf.cellRef(cell)) === 'primary');
    expect(primaries.length).toBeGreaterThan(500);
    expect(findDeterminedCells(cubeOf, (cell) => !withheld[cell], primaries)).toEqual([]);
    expect(cubeOf.lines.filter((line) => [line.parent, ...line.children].filter((cell) => withheld[cell]).length === 1)).toEqual([]);
  });
});
