import { describe, expect, it } from '@jest/globals';
import { CONFIDENTIAL_MARK, financialYearInWords, formatChange, formatDate, formatDateTime, formatFigure, formatMonth, formatNumber, formatWholePercent, listInWords, londonDayStart, londonToday } from './format';

describe('figures and dates as every page writes them (en-GB)', () => {
  it('groups thousands, keeps one decimal, and shows a withheld figure as [c]', () => {
    expect([formatNumber(1571), formatNumber(83.33), formatNumber(0)]).toEqual(['1,571', '83.3', '0']);
    expect([formatFigure(1571, 'COUNT'), formatFigure(100, 'PERCENT'), formatFigure(null, 'COUNT'), formatFigure(null, 'PERCENT')]).toEqual(['1,571', '100%', '[c]', '[c]']);
    expect(CONFIDENTIAL_MARK).toBe('[c]');
  });

  // npm test runs these in a zone west of UTC and one east of it, where a local-time reading would shift the day.
  it('reads calendar days without letting a time zone move them', () => {
    expect([formatDate('2012-04-01'), formatDate('2013-03-31'), formatMonth('2012-04-30'), formatDate('not a date')]).toEqual(['1 April 2012', '31 March 2013', 'April 2012', 'not a date']);
  });

  it('signs changes, with a plain hyphen, and rounds percentages', () => {
    expect([formatChange(0.8333), formatChange(-0.2), formatChange(0), formatWholePercent(109.6), formatWholePercent(1234.4)]).toEqual(['+83%', '-20%', '0%', '110%', '1,234%']);
  });

  it('writes years and lists for prose', () => {
    expect([financialYearInWords('2012/13'), financialYearInWords('next year')]).toEqual(['financial year 2012 to 2013', 'financial year next year']);
    expect([listInWords([]), listInWords(['a']), listInWords(['a', 'b']), listInWords(['a', 'b', 'c'])]).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });
});

describe('instants in UK time', () => {
  it('writes an instant as London reads it, in summer and winter', () => {
    expect(formatDateTime('2026-07-01T08:05:00Z')).toBe('1 July 2026 at 09:05');
    expect(formatDateTime('2026-12-06T23:30:00Z')).toBe('6 December 2026 at 23:30');
  });

  it('finds the instant a London day begins, on either side of the clocks changing', () => {
    expect(londonDayStart('2027-01-15')).toBe('2027-01-15T00:00:00.000Z');
    expect(londonDayStart('2027-07-15')).toBe('2027-07-14T23:00:00.000Z');
    expect(londonDayStart('2027-03-28')).toBe('2027-03-28T00:00:00.000Z'); // the clocks go forward at 01:00 that day
    expect(londonDayStart('2027-03-29')).toBe('2027-03-28T23:00:00.000Z');
    expect(londonDayStart('not a day')).toBeUndefined();
  });

  it('gives London’s date, not the browser zone’s', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });
});
