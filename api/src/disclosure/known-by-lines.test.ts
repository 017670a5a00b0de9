import { buildDisclosureCube } from './build-disclosure-cube';
import { BISHOPS, BRIXTON_HILL, everyMonth, FINANCIAL_YEAR } from './disclosure-cubes.test-helper';
import type { BreakdownDimension, CellCodes } from './disclosure-types';
import { suppressSmallCells } from './suppress-small-cells';

// A cell the borough figures and structural zeros give away through one line (every other member of
// the line known) is public whatever is withheld: it is published like a borough figure, and never
// counted on as cover. Forced begging is the case in the product: only the trafficking strand can hold it.
const STRANDS: BreakdownDimension = { dimension: 'STRAND', codes: ['domestic_violence', 'fgm', 'trafficking'] };
const WARDS: BreakdownDimension = { dimension: 'WARD', codes: [BISHOPS, BRIXTON_HILL] };
const onlyTrafficking = (_month: string, codes: CellCodes) => codes.STRAND !== undefined && codes.STRAND !== 'trafficking';
const leaves = [...everyMonth({ STRAND: 'trafficking', WARD: BISHOPS }, 1), ...everyMonth({ STRAND: 'trafficking', WARD: BRIXTON_HILL }, 2, { '2012-06': 0 })];

describe('a cell given away through one line is published like a borough figure', () => {
  it('marks the only possible strand as a borough figure once the other strands are structural zeros, and not before', () => {
    const known = buildDisclosureCube(FINANCIAL_YEAR, [STRANDS], leaves.map(({ month, count }) => ({ month, codes: { STRAND: 'trafficking' }, count })), { isImpossibleLeaf: onlyTrafficking });
    const unknown = buildDisclosureCube(FINANCIAL_YEAR, [STRANDS], leaves.map(({ month, count }) => ({ month, codes: { STRAND: 'trafficking' }, count })));
    for (const time of ['YEAR', 'Q1', '2012-06', '2013-03']) {
      const cell = { time, codes: { STRAND: 'trafficking' } };
      expect(known.isBorough(known.indexOf(cell))).toBe(true);
      expect(unknown.isBorough(unknown.indexOf(cell))).toBe(false);
    }
  });

  it('publishes those small cells instead of withholding them, and still protects the small cells below them', () => {
    const pattern = suppressSmallCells({ measureId: 'gaia.referrals', financialYear: FINANCIAL_YEAR, dimensions: [WARDS, STRANDS], leaves, cube: { isImpossibleLeaf: onlyTrafficking } });
    // June: 1 referral in the borough, all trafficking. The strand's month is its borough figure.
    expect(pattern.publishedValue({ time: '2012-06', codes: { STRAND: 'trafficking' } })).toBe(1);
    expect(pattern.publishedValue({ time: '2012-06', codes: {} })).toBe(1);
    // The wards' trafficking months are not given away by any line of known cells: they stay withheld.
    expect(pattern.isSuppressed({ time: '2012-06', codes: { WARD: BISHOPS, STRAND: 'trafficking' } })).toBe(true);
    expect(pattern.isSuppressed({ time: '2012-06', codes: { WARD: BISHOPS } })).toBe(true);
  });
});
