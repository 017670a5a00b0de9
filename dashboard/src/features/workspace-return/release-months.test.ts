import { describe, expect, it } from '@jest/globals';
import type { DataCoverage } from '../../graphql/data-coverage';
import { lastMonthWithRecords, releasableMonths } from './release-months';

const coverage = (today: string, firstMonth: string, lastMonth: string): DataCoverage => ({
  today,
  currentFinancialYear: '2014/15',
  lastCompleteQuarter: null,
  financialYears: [],
  datasets: [
    { dataset: 'a', label: 'A', collectedFrom: null, collectedFromReason: null, firstMonth, lastMonth, measures: [] },
    { dataset: 'b', label: 'B', collectedFrom: null, collectedFromReason: null, firstMonth: null, lastMonth: null, measures: [] },
  ],
});

const release = (throughMonth: string) => ({ id: '1', throughMonth, publishedAt: '2014-01-01T00:00:00Z', publishedBy: 'x' });

describe('the months an analyst may release', () => {
  it('runs from the first month with records to the last month that has ended, newest first', () => {
    expect(releasableMonths(coverage('2014-04-01', '2013-11', '2014-03'), [])).toEqual(['2014-03', '2014-02', '2014-01', '2013-12', '2013-11']);
  });

  it('starts after the latest release, across a year end', () => {
    expect(releasableMonths(coverage('2014-02-15', '2012-01', '2014-01'), [release('2012-01'), release('2013-11')])).toEqual(['2014-01', '2013-12']);
  });

  it('is empty when every ended month is released', () => {
    expect(releasableMonths(coverage('2014-04-01', '2013-11', '2014-03'), [release('2014-03')])).toEqual([]);
  });

  it('suggests the last month holding records', () => {
    expect(lastMonthWithRecords(coverage('2014-04-01', '2013-11', '2014-03'))).toBe('2014-03');
  });
});
