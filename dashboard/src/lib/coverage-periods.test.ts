import { describe, expect, it } from '@jest/globals';
import type { DataCoverage } from '../graphql/data-coverage';
import { collectionOf, coverageRange, endsBeforeCollection, fallbackQuarter, figuresUntil, notCollectedNote, openingQuarter, quartersOffered } from './coverage-periods';

/** As the API answers in December 2026: years from 2011/12, the Gaia Centre from January 2012. */
const coverage: DataCoverage = {
  today: '2026-12-05',
  currentFinancialYear: '2026/27',
  lastCompleteQuarter: '2026/27 Q2',
  financialYears: ['2011/12', '2012/13', '2025/26', '2026/27'],
  datasets: [
    { dataset: 'gaia_referrals', label: 'Referrals to the Gaia Centre', collectedFrom: '2012-01-01', collectedFromReason: 'The Gaia Centre opened in January 2012', firstMonth: '2012-01', lastMonth: '2026-09', measures: ['gaia.referrals'] },
    { dataset: 'police_operations', label: 'Police operations', collectedFrom: null, collectedFromReason: null, firstMonth: '2011-04', lastMonth: '2026-09', measures: ['police.operations'] },
  ],
};

describe('periods from what the data covers', () => {
  it('opens on the last complete quarter, or the current year’s first before any has ended', () => {
    expect(openingQuarter(coverage)).toEqual({ financialYear: '2026/27', quarter: 2 });
    expect(openingQuarter({ ...coverage, lastCompleteQuarter: null })).toEqual({ financialYear: '2026/27', quarter: 1 });
  });

  it('offers the quarters begun by the server’s today, and falls back to the opening quarter or the year’s latest', () => {
    expect(quartersOffered('2026/27', coverage)).toEqual([1, 2, 3]);
    expect(quartersOffered('2011/12', coverage)).toEqual([1, 2, 3, 4]);
    expect(fallbackQuarter('2026/27', coverage)).toBe(2);
    expect(fallbackQuarter('2025/26', coverage)).toBe(4);
  });

  it('spans April of the first year to today, and has figures up to the last month with records', () => {
    expect(coverageRange(coverage)).toEqual({ from: '2011-04-01', to: '2026-12-05' });
    expect(figuresUntil(coverage, 'gaia.referrals')).toBe('2026-09-30');
    expect(figuresUntil(coverage, 'no.such.measure')).toBe('2026-12-05');
  });

  it('knows when each measure’s dataset was collected from: the reference date, else its first month', () => {
    const gaia = collectionOf(coverage, 'gaia.referrals');
    expect(gaia).toEqual({ label: 'Referrals to the Gaia Centre', from: '2012-01-01', reason: 'The Gaia Centre opened in January 2012', lastMonth: '2026-09' });
    expect(collectionOf(coverage, 'police.operations').from).toBe('2011-04-01');
    expect(collectionOf(coverage, 'no.such.measure').from).toBeNull();
    expect([endsBeforeCollection('2011-12-31', gaia), endsBeforeCollection('2012-03-31', gaia)]).toEqual([true, false]);
    expect(notCollectedNote(gaia)).toBe('Referrals to the Gaia Centre were not collected before January 2012. The Gaia Centre opened in January 2012.');
    expect(notCollectedNote({ ...gaia, reason: null })).toBe('Referrals to the Gaia Centre were not collected before January 2012.');
  });
});
