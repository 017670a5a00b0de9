import { findSpecialCauses } from './special-cause-rules';
import { assuranceIcon, variationIcon } from './spc-icons';
import { spcSummary } from './spc-summary';
import type { MonthlyValue, SegmentLimits, XmrChart, XmrChartOptions, XmrPoint, XmrSegment } from './spc.types';
import { segmentLimits, segmentNumbers, validateSeries } from './xmr-limits';

/**
 * An XmR chart in the NHS "Making Data Count" way: each segment (between breaks) has its own mean
 * and limits (trial below 12 points, then locked at the first 12), the four special-cause rules are
 * applied within each segment, and the latest point gives the variation and assurance icons.
 *
 * Lower limits of counts often fall below zero: the points carry them clamped to `floor` (default 0)
 * for drawing, while the rules and the assurance icon use the raw limits in `segments`. For values
 * that cannot go below the floor the two give the same verdicts; the raw figures stay honest.
 */
export function xmrChart(series: readonly MonthlyValue[], options: XmrChartOptions): XmrChart {
  const breaks = options.breaks ?? [];
  validateSeries(series, breaks);
  if (options.target !== null && options.target !== undefined && !Number.isFinite(options.target)) {
    throw new RangeError(`Target ${options.target} is not a finite number.`);
  }
  const floor = options.floor === undefined ? 0 : options.floor;
  const numbers = segmentNumbers(series, breaks);

  const segments: XmrSegment[] = [];
  const points: XmrPoint[] = [];
  for (let index = 0, start = 0; start < series.length; index++) {
    let end = start;
    while (end < series.length && numbers[end] === index) end++;
    const slice = series.slice(start, end);
    const limits = segmentLimits(slice.map((p) => p.value));
    const causes = findSpecialCauses(slice.map((p) => p.value), limits);
    segments.push({ index, firstPeriod: slice[0].period, lastPeriod: slice[slice.length - 1].period, pointCount: slice.length, ...limits });
    slice.forEach((p, i) => points.push(drawnPoint(p, index, limits, floor, causes[i])));
    start = end;
  }

  const latest = points[points.length - 1];
  const latestLimits = segments[segments.length - 1];
  const judged = latest !== undefined && latest.upperLimit !== null;
  const assurance = judged ? assuranceIcon(latestLimits, options.target, options.polarity) : null;
  return {
    points,
    segments,
    variation: judged ? variationIcon(latest.specialCauses, options.polarity) : null,
    assurance,
    summary: spcSummary(options.label ?? 'This measure', points, options.polarity, assurance),
  };
}

function drawnPoint(point: MonthlyValue, segment: number, limits: SegmentLimits, floor: number | null, specialCauses: XmrPoint['specialCauses']): XmrPoint {
  const clamp = (x: number | null) => (x === null || floor === null ? x : Math.max(floor, x));
  return {
    period: point.period,
    value: point.value,
    mean: limits.mean,
    upperLimit: clamp(limits.upperLimit),
    lowerLimit: clamp(limits.lowerLimit),
    upperNear: clamp(limits.upperNear),
    lowerNear: clamp(limits.lowerNear),
    segment,
    limitsStatus: limits.limitsStatus,
    specialCauses,
  };
}
