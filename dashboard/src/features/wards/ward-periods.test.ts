import { describe, expect, it } from '@jest/globals';
import type { DataCoverage } from '../../graphql/data-coverage';
import { boundaryChangeWithin, mapDay, wardOpeningYear, wardYears } from './ward-periods';

const coverage: DataCoverage = {
  today: '2026-12-05',
  currentFinancialYear: '2026/27',
  lastCompleteQuarter: '2026/27 Q2',
  financialYears: ['2011/12', '2020/21', '2021/22', '2022/23', '2023/24', '2025/26', '2026/27'],
  datasets: [],
};
const brixtonAcreLane = { validFrom: '2022-05-05', validTo: null };
const oval2002 = { validFrom: '2002-05-02', validTo: '2022-05-04' };

describe('the years of a ward', () => {
  it('are the years it existed in, for all or part of the year', () => {
    expect(wardYears(brixtonAcreLane, coverage)).toEqual(['2022/23', '2023/24', '2025/26', '2026/27']);
    expect(wardYears(oval2002, coverage)).toEqual(['2011/12', '2020/21', '2021/22', '2022/23']);
  });

  it('open on the year of the last complete quarter, or a ward’s last whole year', () => {
    expect(wardOpeningYear(brixtonAcreLane, coverage)).toBe('2026/27');
    expect(wardOpeningYear(oval2002, coverage)).toBe('2021/22');
  });

  it('map a year’s wards as at its last day, or today while it runs', () => {
    expect(mapDay('2022/23', coverage.today)).toBe('2023-03-31');
    expect(mapDay('2026/27', coverage.today)).toBe('2026-12-05');
  });

  it('find a boundary change within a year, and none in a year that starts with its wards', () => {
    expect(boundaryChangeWithin([brixtonAcreLane], '2022/23')).toBe('2022-05-05');
    expect(boundaryChangeWithin([brixtonAcreLane], '2023/24')).toBeUndefined();
  });
});
