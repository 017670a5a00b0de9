import { findSpecialCauses } from './special-cause-rules';
import { segmentLimits } from './xmr-limits';

// Locked baseline: mean 10.5, limits 7.84–13.16, near band 8.727–12.273; alternating, so no rule fires in it.
const STARTS_LOW = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11];
const STARTS_HIGH = [11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10];

/** Special causes of the points after the baseline, as "rule:direction" strings. */
function causesAfter(baseline: number[], added: number[]): string[][] {
  const values = [...baseline, ...added];
  const causes = findSpecialCauses(values, segmentLimits(values));
  expect(causes.slice(0, baseline.length - 1).flat()).toEqual([]);
  return causes.slice(baseline.length).map((point) => point.map((c) => `${c.rule}:${c.direction}`));
}

describe('outside the process limits', () => {
  it('does not flag a point exactly on a limit', () => {
    expect(causesAfter(STARTS_LOW, [13.16])).toEqual([[]]);
    expect(causesAfter(STARTS_LOW, [7.84])).toEqual([[]]);
  });

  it('flags a point just beyond a limit, with its direction', () => {
    expect(causesAfter(STARTS_LOW, [13.17])).toEqual([['outside_limits:high']]);
    expect(causesAfter(STARTS_LOW, [7.83])).toEqual([['outside_limits:low']]);
  });
});

describe('shift', () => {
  it('does not flag 6 points in a row above the mean', () => {
    expect(causesAfter(STARTS_HIGH, [11, 11, 11, 11, 11, 11])).toEqual([[], [], [], [], [], []]);
  });

  it('flags all 7 points in a row above the mean', () => {
    expect(causesAfter(STARTS_HIGH, [11, 11, 11, 11, 11, 11, 11])).toEqual(Array(7).fill(['shift:high']));
  });

  it('flags 7 points in a row below the mean as low', () => {
    expect(causesAfter(STARTS_LOW, [10, 10, 10, 10, 10, 10, 10])).toEqual(Array(7).fill(['shift:low']));
  });

  it('treats a point on the mean as breaking the run', () => {
    expect(causesAfter(STARTS_HIGH, [11, 11, 11, 10.5, 11, 11, 11, 11]).flat()).toEqual([]);
  });
});

describe('trend', () => {
  it('does not flag 6 points in a row rising', () => {
    expect(causesAfter(STARTS_LOW, [9, 9.5, 10, 10.5, 11, 11.5]).flat()).toEqual([]);
  });

  it('flags all 7 points in a row rising', () => {
    expect(causesAfter(STARTS_LOW, [9, 9.5, 10, 10.5, 11, 11.5, 12])).toEqual(Array(7).fill(['trend:high']));
  });

  it('flags all 7 points in a row falling as low', () => {
    expect(causesAfter(STARTS_LOW, [12, 11.5, 11, 10.5, 10, 9.5, 9])).toEqual(Array(7).fill(['trend:low']));
  });

  it('treats two equal neighbours as breaking the trend', () => {
    expect(causesAfter(STARTS_LOW, [9, 9.5, 10, 10, 10.5, 11, 11.5, 12]).flat()).toEqual([]);
  });
});

describe('two of three beyond the near-limit band', () => {
  it('flags both points beyond the band, whatever the point between them', () => {
    expect(causesAfter(STARTS_LOW, [12.5, 8, 12.5])).toEqual([['two_of_three:high'], [], ['two_of_three:high']]);
    expect(causesAfter(STARTS_LOW, [8.5, 8.6])).toEqual([['two_of_three:low'], ['two_of_three:low']]);
  });

  it('does not count a point exactly on the band', () => {
    expect(causesAfter(STARTS_LOW, [12.273, 10, 12.5]).flat()).toEqual([]);
  });

  it('does not pair points four apart or on opposite sides', () => {
    expect(causesAfter(STARTS_LOW, [12.5, 10, 11, 12.5]).flat()).toEqual([]);
    expect(causesAfter(STARTS_LOW, [12.5, 8.5]).flat()).toEqual([]);
  });

  it('counts a point beyond the process limit as beyond the band too', () => {
    expect(causesAfter(STARTS_LOW, [14, 12.5])).toEqual([['outside_limits:high', 'two_of_three:high'], ['two_of_three:high']]);
  });
});
