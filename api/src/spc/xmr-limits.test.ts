import { segmentLimits, segmentNumbers, validateSeries } from './xmr-limits';

// Twelve points alternating 10, 11: mean 10.5 and every moving range 1, so limits are 10.5 ± 2.66 and ± 1.773.
const ALTERNATING = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11];

describe('XmR limits', () => {
  it('computes the mean, process limits and near-limit band by hand', () => {
    // Mean 60 / 5 = 12; moving ranges 2, 1, 4, 3 → mean 2.5; 2.66 × 2.5 = 6.65; 1.773 × 2.5 = 4.4325.
    expect(segmentLimits([10, 12, 11, 15, 12])).toEqual({
      mean: 12, meanMovingRange: 2.5,
      upperLimit: 18.65, lowerLimit: 5.35, upperNear: 16.4325, lowerNear: 7.5675,
      limitsStatus: 'trial', baselinePoints: 5,
    });
  });

  it('keeps a lower limit below zero as computed', () => {
    // Mean 2; moving ranges 3, 4, 3 → 10/3; 2 − 2.66 × 10/3 = −6.8667.
    expect(segmentLimits([1, 4, 0, 3]).lowerLimit).toBeCloseTo(-6.866667, 6);
  });

  it('has a mean but no limits for a single point, which has no moving range', () => {
    expect(segmentLimits([7])).toMatchObject({ mean: 7, meanMovingRange: null, upperLimit: null, lowerLimit: null, upperNear: null, lowerNear: null });
  });

  it('uses trial limits from all points while there are fewer than 12', () => {
    const eleven = segmentLimits(ALTERNATING.slice(0, 11));
    // 6 tens and 5 elevens: mean 115 / 11; every moving range 1.
    expect(eleven).toMatchObject({ limitsStatus: 'trial', baselinePoints: 11, meanMovingRange: 1 });
    expect(eleven.mean).toBeCloseTo(115 / 11, 9);
  });

  it('locks the limits at the 12th point', () => {
    expect(segmentLimits(ALTERNATING)).toMatchObject({ mean: 10.5, upperLimit: 13.16, lowerLimit: 7.84, limitsStatus: 'locked', baselinePoints: 12 });
  });

  it('does not move the limits for a 13th point, however extreme', () => {
    expect(segmentLimits([...ALTERNATING, 500])).toEqual(segmentLimits(ALTERNATING));
  });
});

describe('segments from breaks', () => {
  const series = ['2012-04', '2012-05', '2012-06', '2012-08', '2012-09'].map((period) => ({ period, value: 1 }));

  it('starts a new segment at each break', () => {
    expect(segmentNumbers(series, ['2012-06'])).toEqual([0, 0, 1, 1, 1]);
  });

  it('starts the segment at the first point after a break in a month with no value', () => {
    expect(segmentNumbers(series, ['2012-07'])).toEqual([0, 0, 0, 1, 1]);
  });

  it('ignores breaks at or before the first point, after the last, and repeated', () => {
    expect(segmentNumbers(series, ['2011-01', '2012-04', '2013-01', '2012-08', '2012-08'])).toEqual([0, 0, 0, 1, 1]);
  });
});

describe('series validation', () => {
  it('refuses a period that is not YYYY-MM', () => {
    expect(() => validateSeries([{ period: '2012-4', value: 1 }], [])).toThrow('Point 1: period "2012-4" should be a month written YYYY-MM, e.g. 2012-04.');
  });

  it('refuses periods out of order or repeated', () => {
    expect(() => validateSeries([{ period: '2012-05', value: 1 }, { period: '2012-05', value: 2 }], [])).toThrow(
      'Point 2: period 2012-05 does not come after 2012-05; give one value per month in time order.',
    );
  });

  it('refuses a value that is not a number', () => {
    expect(() => validateSeries([{ period: '2012-05', value: Number.NaN }], [])).toThrow('Point 1 (2012-05): value NaN is not a finite number.');
  });

  it('refuses a malformed break', () => {
    expect(() => validateSeries([], ['April 2013'])).toThrow('Break "April 2013" should be a month written YYYY-MM, e.g. 2013-04.');
  });
});
