import { describe, expect, it } from '@jest/globals';
import {
  financialYearRange, isFinancialYear, monthInWords, monthOf, monthRange, monthShort, quarterInWords, quarterLabel, quarterRange, reviewTrendRange, yearToDateInWords,
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
});
