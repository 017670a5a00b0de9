import { describe, expect, it } from '@jest/globals';
import { NOT_COLLECTED } from '../../lib/coverage-periods';
import { NO_FIGURE } from '../../lib/format';
import { chartYears, isCollectedIn, quarterSeries } from './quarter-series';

const gaia = { label: 'Referrals to the Gaia Centre', from: '2012-01-01' };
const row = (label: string, value: number | null) => ({ period: { label, start: '', end: '' }, value, suppressed: value === null });

describe('the overview’s quarters', () => {
  it('span the chosen year and the two before it that the data covers', () => {
    const coverage = { financialYears: ['2011/12', '2012/13', '2013/14', '2026/27'] };
    expect(chartYears('2013/14', coverage)).toEqual(['2011/12', '2012/13', '2013/14']);
    expect(chartYears('2012/13', coverage)).toEqual(['2011/12', '2012/13']);
    expect(chartYears('2026/27', coverage)).toEqual(['2026/27']);
  });

  it('write the quarters before the Gaia Centre opened as not collected, never 0, and stop at the chosen quarter', () => {
    const answer2011 = { notCollected: [{ label: '2011/12 Q1' }, { label: '2011/12 Q2' }, { label: '2011/12 Q3' }], rows: [row('2011/12 Q4', 98)] };
    const answer2012 = { notCollected: [], rows: [row('2012/13 Q1', 380), row('2012/13 Q2', null)] };
    const cells = quarterSeries([{ financialYear: '2011/12', answer: answer2011 }, { financialYear: '2012/13', answer: answer2012 }], { financialYear: '2012/13', quarter: 3 }, gaia);
    expect(cells.map((cell) => [cell.label, cell.value, cell.words])).toEqual([
      ['2011/12 Q1', null, NOT_COLLECTED],
      ['2011/12 Q2', null, NOT_COLLECTED],
      ['2011/12 Q3', null, NOT_COLLECTED],
      ['2011/12 Q4', 98, undefined],
      ['2012/13 Q1', 380, undefined],
      ['2012/13 Q2', null, undefined],
      ['2012/13 Q3', null, NO_FIGURE],
    ]);
  });

  it('leave a year wholly before collection unasked, and still write its quarters not collected', () => {
    expect([isCollectedIn('2010/11', gaia), isCollectedIn('2011/12', gaia)]).toEqual([false, true]);
    const cells = quarterSeries([{ financialYear: '2010/11', answer: undefined }], { financialYear: '2010/11', quarter: 4 }, gaia);
    expect(cells.map((cell) => cell.words)).toEqual([NOT_COLLECTED, NOT_COLLECTED, NOT_COLLECTED, NOT_COLLECTED]);
  });
});
