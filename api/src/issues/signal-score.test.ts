import type { MonthlyValue } from '../spc/spc.types';
import { xmrChart } from '../spc/xmr-chart';
import { latestSignal } from './signal-score';

/** Consecutive months from April 2012. */
const monthly = (values: readonly number[]): MonthlyValue[] =>
  values.map((value, i) => ({ period: `${2012 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`, value }));
// Locked baseline: mean 10.5, mean moving range 1, limits 7.84–13.16, near band 8.727–12.273.
const BASELINE = [11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10];
const signal = (values: number[], polarity: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NO_TARGET' = 'HIGHER_IS_BETTER') =>
  latestSignal(xmrChart(monthly(values), { polarity }), polarity, 'Referrals (Oval)');

describe('signal score = severity × recency × (1 + size)', () => {
  it('scores a latest month beyond a limit: 3 × 1 × (1 + 3)', () => {
    expect(signal([...BASELINE, 13])).toBeNull(); // 13 is within the limits, and alone in the near band
    expect(signal([...BASELINE, 13.5])).toEqual({
      period: '2013-04', direction: 'high', meaning: 'improvement', rules: ['outside_limits'], score: 12,
      summary: 'Referrals (Oval): special cause variation, an improvement – April 2013 is above the upper process limit.',
    });
  });

  it('adds up the rules the month meets: a shift ending beyond a limit is 3 + 2', () => {
    // Six months at 11 then 14: seven above the mean; 14 is 3.5 mean moving ranges from it.
    expect(signal([...BASELINE, 11, 11, 11, 11, 11, 11, 14])).toMatchObject({ rules: ['outside_limits', 'shift'], score: 22.5 });
  });

  it('keeps a small sustained shift on the list: 2 × 1 × (1 + 0.5)', () => {
    expect(signal([...BASELINE, 11, 11, 11, 11, 11, 11, 11])).toMatchObject({ rules: ['shift'], score: 3, direction: 'high' });
  });

  it('weighs a signal two months back at a quarter, and says nothing has happened since', () => {
    expect(signal([...BASELINE, 20, 10, 11])).toEqual({
      period: '2013-04', direction: 'high', meaning: 'improvement', rules: ['outside_limits'], score: 4.5, // 3 × 0.25 × (1 + 5, capped)
      summary: 'Referrals (Oval): special cause variation, an improvement – April 2013 is above the upper process limit; nothing unusual since, to June 2013.',
    });
    expect(signal([...BASELINE, 20, 10, 11, 10])).toBeNull();
  });

  it('calls a fall a concern or an improvement by polarity, and neither for activity only', () => {
    expect(signal([...BASELINE, 5])).toMatchObject({ direction: 'low', meaning: 'concern' });
    expect(signal([...BASELINE, 5], 'LOWER_IS_BETTER')).toMatchObject({ direction: 'low', meaning: 'improvement' });
    expect(signal([...BASELINE, 5], 'NO_TARGET')?.summary).toBe('Referrals (Oval): special cause variation, unusually low – April 2013 is below the lower process limit.');
  });

  it('gives the largest size to any move from a series that never varied', () => {
    expect(signal([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])).toMatchObject({ rules: ['outside_limits'], score: 18 });
  });
});
