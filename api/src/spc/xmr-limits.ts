import type { MonthlyValue, SegmentLimits } from './spc.types';

/** Process limits: mean ± 2.66 × mean moving range (3 sigma, as sigma ≈ mR / 1.128). */
export const PROCESS_LIMIT_FACTOR = 2.66;
/** Near-limit band for "2 of 3": mean ± 1.773 × mean moving range (2 sigma). */
export const NEAR_LIMIT_FACTOR = 1.773;
/** Limits are trial until a segment has this many points, then locked at those points' limits. */
export const POINTS_TO_LOCK_LIMITS = 12;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

// Limits are rounded to 9 decimal places so a value equal to a limit on paper is "at", not "beyond", it after float noise.
function roundStatistic(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Mean, limits and near-limit band of one segment. Fewer than 12 points: trial limits from all of
 * them. From 12 points: locked at the first 12, so later points are judged, not absorbed.
 */
export function segmentLimits(values: readonly number[]): SegmentLimits {
  if (values.length === 0) throw new RangeError('A segment needs at least one value.');
  const locked = values.length >= POINTS_TO_LOCK_LIMITS;
  const baseline = locked ? values.slice(0, POINTS_TO_LOCK_LIMITS) : values;
  const centre = roundStatistic(mean(baseline));
  const movingRanges = baseline.slice(1).map((v, i) => Math.abs(v - baseline[i]));
  const limitsStatus = locked ? 'locked' : 'trial';
  if (movingRanges.length === 0) {
    return { mean: centre, meanMovingRange: null, upperLimit: null, lowerLimit: null, upperNear: null, lowerNear: null, limitsStatus, baselinePoints: baseline.length };
  }
  const mr = mean(movingRanges);
  return {
    mean: centre,
    meanMovingRange: roundStatistic(mr),
    upperLimit: roundStatistic(centre + PROCESS_LIMIT_FACTOR * mr),
    lowerLimit: roundStatistic(centre - PROCESS_LIMIT_FACTOR * mr),
    upperNear: roundStatistic(centre + NEAR_LIMIT_FACTOR * mr),
    lowerNear: roundStatistic(centre - NEAR_LIMIT_FACTOR * mr),
    limitsStatus,
    baselinePoints: baseline.length,
  };
}

/** Refuses what would give a wrong chart silently: bad periods, periods out of order, values that are not numbers. */
export function validateSeries(series: readonly MonthlyValue[], breaks: readonly string[]): void {
  series.forEach((point, i) => {
    if (!MONTH.test(point.period)) throw new RangeError(`Point ${i + 1}: period "${point.period}" should be a month written YYYY-MM, e.g. 2012-04.`);
    if (!Number.isFinite(point.value)) throw new RangeError(`Point ${i + 1} (${point.period}): value ${point.value} is not a finite number.`);
    if (i > 0 && point.period <= series[i - 1].period) {
      throw new RangeError(`Point ${i + 1}: period ${point.period} does not come after ${series[i - 1].period}; give one value per month in time order.`);
    }
  });
  for (const period of breaks) {
    if (!MONTH.test(period)) throw new RangeError(`Break "${period}" should be a month written YYYY-MM, e.g. 2013-04.`);
  }
}

/**
 * Segment number of each point: a break starts a new segment at the first point on or after it
 * (so a break in a month with no value still takes effect). Breaks at or before the first point change nothing.
 */
export function segmentNumbers(series: readonly MonthlyValue[], breaks: readonly string[]): number[] {
  const pending = [...new Set(breaks)].sort();
  let segment = 0;
  return series.map((point, i) => {
    let crossed = false;
    while (pending.length > 0 && pending[0] <= point.period) {
      pending.shift();
      crossed = true;
    }
    if (crossed && i > 0) segment += 1;
    return segment;
  });
}
