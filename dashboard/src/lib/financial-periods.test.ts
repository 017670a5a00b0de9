import { describe, expect, it } from '@jest/globals';
import {
  addDays, financialYearBefore, financialYearOf, financialYearRange, isFinancialYear, monthInWords, monthOf, monthRange, monthShort, parseQuarterLabel, quarterInWords,
  quarterLabel, quarterRange, quartersBegunBy, reviewTrendRange, yearToDateInWords,
} from './financial-periods';

describe('financial years (April to March) and their quarters', () => {
  it('accepts only a year followed by the next one', () => {
    expect(['2012/13', '1999/00', '2012/14', '2012-13', '2012/3', null].map(isFinancialYear)).toEqual([true, true, false, false, false, false]);
  });

  it('writes a quarter as tables do and in words, Q4 falling in the next calendar year', () => {
    expect(quarterLabel('2012/13', 4)).toBe('2012/13 Q4');
    expect([1, 2, 3, 4].map((q) => quarterInWords('2012/13', q as 1 | 2 | 3 | 4))).toEqual([
      'April to June 2012', 'July to September 2012', 'October to December 2012', 'January to March 2013',
    ]);
  });

  it('writes the year to date, naming both years only when it crosses New Year', () => {
    expect(yearToDateInWords('2012/13', 2)).toBe('April to September 2012');
    expect(yearToDateInWords('2012/13', 4)).toBe('April 2012 to March 2013');
  });

  it('gives the days a year, a quarter and a month cover', () => {
    expect(financialYearRange('2011/12')).toEqual({ from: '2011-04-01', to: '2012-03-31' });
    expect(quarterRange('2011/12 Q4')).toEqual({ from: '2012-01-01', to: '2012-03-31' });
    expect(quarterRange('2012/13 Q2')).toEqual({ from: '2012-07-01', to: '2012-09-30' });
    expect(['2012/13 Q5', '2012/14 Q1', '2012/13'].map(quarterRange)).toEqual([undefined, undefined, undefined]);
    expect(monthRange('2012-02')).toEqual({ from: '2012-02-01', to: '2012-02-29' });
    expect(monthRange('February')).toBeUndefined();
  });

  it('spans the review’s trend from April of the year before to the end of the chosen quarter', () => {
    expect(reviewTrendRange('2012/13', 1)).toEqual({ from: '2011-04-01', to: '2012-06-30' });
    expect(reviewTrendRange('2012/13', 4)).toEqual({ from: '2011-04-01', to: '2013-03-31' });
  });

  it('writes months for prose and for axes, and leaves what is not a month as it is', () => {
    expect([monthInWords('2012-04'), monthShort('2012-04'), monthOf('2012-03-08')]).toEqual(['April 2012', 'Apr 2012', '2012-03']);
    expect([monthInWords('2012-13'), monthShort('Q1')]).toEqual(['2012-13', 'Q1']);
  });

  it('reads a quarter label back, and nothing that is not one', () => {
    expect(parseQuarterLabel('2026/27 Q2')).toEqual({ financialYear: '2026/27', quarter: 2 });
    expect(['2026/27 Q5', '2026/28 Q1', '2026/27', ''].map(parseQuarterLabel)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('finds the financial year of a day, and the years before one, across centuries', () => {
    expect(['2013-02-14', '2013-03-31', '2013-04-01', '2099-12-31'].map(financialYearOf)).toEqual(['2012/13', '2012/13', '2013/14', '2099/00']);
    expect([financialYearBefore('2026/27'), financialYearBefore('2026/27', 2), financialYearBefore('2000/01')]).toEqual(['2025/26', '2024/25', '1999/00']);
  });

  it('offers the quarters of a year that have begun by a day', () => {
    expect(quartersBegunBy('2026/27', '2026-12-05')).toEqual([1, 2, 3]);
    expect(quartersBegunBy('2026/27', '2026-04-01')).toEqual([1]);
    expect(quartersBegunBy('2025/26', '2026-12-05')).toEqual([1, 2, 3, 4]);
    expect(quartersBegunBy('2027/28', '2026-12-05')).toEqual([]);
  });

  it('moves a day by whole days over month and year ends', () => {
    expect([addDays('2022-05-05', -1), addDays('2012-12-31', 1), addDays('2012-03-01', -1)]).toEqual(['2022-05-04', '2013-01-01', '2012-02-29']);
  });
});
