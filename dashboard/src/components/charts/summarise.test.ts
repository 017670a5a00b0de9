import { describe, expect, it } from '@jest/globals';
import { summariseHighest } from './summarise';

const base = { subject: 'Gaia Centre referrals', plural: true, format: (v: number) => v.toLocaleString('en-GB'), periodNoun: 'quarter' };

describe('summariseHighest: the sentence beside a chart', () => {
  it('names the highest point, and every point that ties for it', () => {
    expect(summariseHighest({ ...base, points: [{ label: 'Q1', value: 380 }, { label: 'Q2', value: 432 }, { label: 'Q3', value: 401 }] }))
      .toBe('Gaia Centre referrals were highest in Q2 (432).');
    expect(summariseHighest({ ...base, points: [{ label: 'Q1', value: 9 }, { label: 'Q2', value: 12 }, { label: 'Q3', value: 12 }] }))
      .toBe('Gaia Centre referrals were highest in Q2 and Q3 (12).');
  });

  it('never lets a withheld figure be the highest, and says how many are withheld', () => {
    const points = [{ label: 'Q1', value: 7 }, { label: 'Q2', value: null }, { label: 'Q3', value: 6 }, { label: 'Q4', value: null }];
    expect(summariseHighest({ ...base, points })).toBe('Gaia Centre referrals were highest in Q1 (7). 2 quarters’ figures are withheld to protect individuals.');
    expect(summariseHighest({ ...base, points: points.slice(0, 3) })).toBe('Gaia Centre referrals were highest in Q1 (7). One quarter’s figure is withheld to protect individuals.');
  });

  it('says so when every point is equal, all withheld, or there are none', () => {
    expect(summariseHighest({ ...base, subject: 'The referral rate', plural: false, points: [{ label: 'Q1', value: 100 }, { label: 'Q2', value: 100 }] }))
      .toBe('The referral rate was 100 in every quarter shown.');
    expect(summariseHighest({ ...base, points: [{ label: 'Q1', value: null }] })).toBe('Every figure for Gaia Centre referrals is withheld to protect individuals.');
    expect(summariseHighest({ ...base, points: [] })).toBe('There are no figures for Gaia Centre referrals in this period.');
  });
});
