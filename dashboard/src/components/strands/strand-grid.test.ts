import { describe, expect, it } from '@jest/globals';
import type { GaiaStrandsQuery } from '../../graphql/generated/graphql';
import { strandGrid } from './strand-grid';

const period = (label: string, start: string) => ({ label, start });
const key = (code: string, label: string) => [{ code, label }];

/** 2011/12 as the API answers it: the Gaia Centre opened in January 2012, so Q1 to Q3 are listed as not collected. */
const openingYear: GaiaStrandsQuery = {
  byStrandAndQuarter: { rows: [{ period: period('2011/12 Q4', '2012-01-01'), key: key('domestic_violence', 'Domestic violence'), value: 60, suppressed: false }] },
  byStrand: { total: 98, suppressed: false, rows: [{ key: key('domestic_violence', 'Domestic violence'), value: 60, suppressed: false }, { key: key('trafficking', 'Trafficking'), value: null, suppressed: true }] },
  byQuarter: {
    notCollected: [period('2011/12 Q1', '2011-04-01'), period('2011/12 Q2', '2011-07-01'), period('2011/12 Q3', '2011-10-01')],
    rows: [{ period: period('2011/12 Q4', '2012-01-01'), value: 98, suppressed: false }],
  },
};

describe('the grid of strands by quarter', () => {
  it('keeps the quarters before collection began, in order, as not collected rather than 0', () => {
    const grid = strandGrid(openingYear, '2026-12-05');
    expect(grid.quarters).toEqual(['2011/12 Q1', '2011/12 Q2', '2011/12 Q3', '2011/12 Q4']);
    expect([...grid.notCollected]).toEqual(['2011/12 Q1', '2011/12 Q2', '2011/12 Q3']);
    expect(grid.strands.map((strand) => [strand.label, strand.cells])).toEqual([
      ['Domestic violence', [null, null, null, 60]],
      ['Trafficking', [null, null, null, 0]],
    ]);
    expect(grid.quarterTotals).toEqual([null, null, null, 98]);
  });

  it('leaves out quarters that have not begun', () => {
    const current: GaiaStrandsQuery = {
      byStrandAndQuarter: { rows: [] },
      byStrand: { total: 10, suppressed: false, rows: [] },
      byQuarter: { notCollected: [], rows: ['2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01'].map((start, i) => ({ period: period(`2026/27 Q${i + 1}`, start), value: 5, suppressed: false })) },
    };
    expect(strandGrid(current, '2026-12-05').quarters).toEqual(['2026/27 Q1', '2026/27 Q2', '2026/27 Q3']);
  });
});
