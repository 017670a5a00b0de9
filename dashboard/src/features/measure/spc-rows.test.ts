import { describe, expect, it } from '@jest/globals';
import { notCollectedRows, SPC_CSV_HEADER, spcCsvRows, spcTableRows } from './spc-rows';

describe('the SPC table and its CSV file', () => {
  it('write the months before collection began as "not collected", with no mean, limits or point, never 0', () => {
    const rows = [
      ...notCollectedRows([{ label: '2011-11' }, { label: '2011-12' }]),
      ...spcTableRows([{ period: '2012-01', value: 98, mean: 98, upperLimit: null, lowerLimit: null, segment: 0, limitsStatus: 'TRIAL', specialCauses: [] }], 'HIGHER_IS_BETTER'),
    ];
    expect(rows.map((row) => [row.periodLabel, row.value, row.gap])).toEqual([
      ['November 2011', null, 'not collected'],
      ['December 2011', null, 'not collected'],
      ['January 2012', 98, undefined],
    ]);
    expect(SPC_CSV_HEADER[1]).toBe('Value');
    expect(spcCsvRows(rows)).toEqual([
      ['2011-11', 'not collected', null, null, null, '', ''],
      ['2011-12', 'not collected', null, null, null, '', ''],
      ['2012-01', 98, 98, null, null, 'Trial', ''],
    ]);
  });
});
