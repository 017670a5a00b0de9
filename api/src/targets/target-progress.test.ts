import { changeOnLastYear, formatChangeOnLastYear, percentOfTarget, yearEndForecast } from './target-progress';

describe('percent of target', () => {
  it('gives the actual as a percentage of the target', () => {
    expect(percentOfTarget(22, 20)).toBeCloseTo(110, 9);
    expect(percentOfTarget(15, 20)).toBe(75);
  });

  it('is null for a zero target', () => {
    expect(percentOfTarget(3, 0)).toBeNull();
  });
});

describe('change on last year', () => {
  it('gives the 2012/13 briefing figures', () => {
    // Kerb-crawler operations 22 vs 12; drug-test referrals 67 vs 37; move-ons 15 vs 10.
    expect(formatChangeOnLastYear(changeOnLastYear(22, 12))).toBe('+83%');
    expect(formatChangeOnLastYear(changeOnLastYear(67, 37))).toBe('+81%');
    expect(formatChangeOnLastYear(changeOnLastYear(15, 10))).toBe('+50%');
  });

  it('is a fraction', () => {
    expect(changeOnLastYear(15, 10)).toBe(0.5);
    expect(changeOnLastYear(8, 10)).toBeCloseTo(-0.2, 12);
  });

  it('is null when last year was zero, shown as n/a', () => {
    expect(changeOnLastYear(5, 0)).toBeNull();
    expect(formatChangeOnLastYear(null)).toBe('n/a');
  });

  it('shows falls with a minus, no change without a sign, and rounds halves away from zero', () => {
    expect(formatChangeOnLastYear(-0.2)).toBe('-20%');
    expect(formatChangeOnLastYear(0)).toBe('0%');
    expect(formatChangeOnLastYear(0.145)).toBe('+15%');
    expect(formatChangeOnLastYear(-0.005)).toBe('-1%');
    expect(formatChangeOnLastYear(12.5)).toBe('+1,250%');
  });
});

describe('year-end forecast', () => {
  it('carries the run rate to twelve months', () => {
    expect(yearEndForecast(15, 3)).toBe(60);
    expect(yearEndForecast(22, 12)).toBe(22);
    expect(yearEndForecast(7, 5)).toBeCloseTo(16.8, 9);
  });

  it('refuses months elapsed outside 1 to 12', () => {
    expect(() => yearEndForecast(10, 0)).toThrow('monthsElapsed must be a whole number of months from 1 to 12; got 0.');
    expect(() => yearEndForecast(10, 2.5)).toThrow('monthsElapsed must be a whole number of months from 1 to 12; got 2.5.');
  });
});
