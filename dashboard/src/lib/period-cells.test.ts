import { describe, expect, it } from '@jest/globals';
import { NOT_COLLECTED } from './coverage-periods';
import { NO_FIGURE } from './format';
import { NOT_YET, periodCell, WARD_ENDED, WARD_NOT_YET, type PeriodContext } from './period-cells';

const gaia = { label: 'Referrals to the Gaia Centre', from: '2012-01-01' };
const quarter = (from: string, to: string) => ({ from, to });
const rows = [{ period: { label: '2011/12 Q4' }, value: 98 }, { period: { label: '2022/23 Q1' }, value: null }];

describe('a period’s cell: a figure, or words for why there is none, never a 0', () => {
  it('is "not collected" for a period that ended before collection began, or that the API listed so', () => {
    const context: PeriodContext = { collection: gaia };
    expect(periodCell('2011/12 Q3', quarter('2011-10-01', '2011-12-31'), rows, context)).toEqual({ label: '2011/12 Q3', value: null, words: NOT_COLLECTED });
    expect(periodCell('2011/12 Q4', quarter('2012-01-01', '2012-03-31'), rows, context)).toEqual({ label: '2011/12 Q4', value: 98 });
    expect(periodCell('2013/14 Q1', quarter('2013-04-01', '2013-06-30'), rows, { collection: gaia, notCollected: [{ label: '2013/14 Q1' }] }).words).toBe(NOT_COLLECTED);
  });

  it('says a ward did not exist yet, or no longer existed, before anything else about the data', () => {
    const ward = { validFrom: '2022-05-05', validTo: null };
    const old = { validFrom: '2002-05-02', validTo: '2022-05-04' };
    expect(periodCell('2011/12 Q3', quarter('2011-10-01', '2011-12-31'), rows, { collection: gaia, ward }).words).toBe(WARD_NOT_YET);
    expect(periodCell('2022/23 Q2', quarter('2022-07-01', '2022-09-30'), rows, { collection: gaia, ward: old }).words).toBe(WARD_ENDED);
    // A quarter the ward existed for part of keeps its figure (here withheld).
    expect(periodCell('2022/23 Q1', quarter('2022-04-01', '2022-06-30'), rows, { collection: gaia, ward })).toEqual({ label: '2022/23 Q1', value: null });
  });

  it('says "not yet" for a period that has not begun or has no records yet, and "–" for one the API left out', () => {
    expect(periodCell('2026/27 Q4', quarter('2027-01-01', '2027-03-31'), rows, { collection: gaia, today: '2026-12-05' }).words).toBe(NOT_YET);
    const upToSeptember = { ...gaia, lastMonth: '2026-09' };
    expect(periodCell('2026/27 Q3', quarter('2026-10-01', '2026-12-31'), rows, { collection: upToSeptember, today: '2026-12-05' }).words).toBe(NOT_YET);
    expect(periodCell('2026/27 Q2', quarter('2026-07-01', '2026-09-30'), [{ period: { label: '2026/27 Q2' }, value: 0 }], { collection: upToSeptember }).value).toBe(0);
    expect(periodCell('2014/15 Q1', quarter('2014-04-01', '2014-06-30'), rows, { collection: gaia, today: '2026-12-05' }).words).toBe(NO_FIGURE);
  });
});
