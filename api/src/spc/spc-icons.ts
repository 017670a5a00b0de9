import type { Polarity } from '../measures/measure-catalogue';
import type { AssuranceIcon, Direction, SegmentLimits, SpecialCause, VariationIcon } from './spc.types';

export type SpecialCauseMeaning = 'improvement' | 'concern' | 'neither';

/** High is an improvement when higher is better, a concern when lower is better; NO_TARGET says neither. */
export function specialCauseMeaning(direction: Direction, polarity: Polarity): SpecialCauseMeaning {
  if (polarity === 'NO_TARGET') return 'neither';
  return (direction === 'high') === (polarity === 'HIGHER_IS_BETTER') ? 'improvement' : 'concern';
}

/**
 * Which way a point's special causes point. They disagree only when a trend runs against the
 * level (a fall while still above the upper limit); then the level rules decide, as the NHS tool
 * colours a point by its side of the mean.
 */
export function causeDirection(causes: readonly SpecialCause[]): Direction | null {
  if (causes.length === 0) return null;
  const level = causes.find((c) => c.rule !== 'trend');
  return (level ?? causes[0]).direction;
}

/** The variation icon of a point (the chart shows the latest point's). */
export function variationIcon(causes: readonly SpecialCause[], polarity: Polarity): VariationIcon {
  const direction = causeDirection(causes);
  if (!direction) return 'common_cause';
  switch (specialCauseMeaning(direction, polarity)) {
    case 'improvement':
      return 'special_cause_improvement';
    case 'concern':
      return 'special_cause_concern';
    case 'neither':
      return direction === 'high' ? 'special_cause_high' : 'special_cause_low';
  }
}

/**
 * Assurance: can the process be relied on to meet the target? Judged on the latest segment's raw
 * limits. A target beyond the limits on the bad side is always met; on the good side never met;
 * within them (or exactly on one) it is met or missed by chance.
 */
export function assuranceIcon(limits: SegmentLimits | undefined, target: number | null | undefined, polarity: Polarity): AssuranceIcon | null {
  if (target === null || target === undefined || polarity === 'NO_TARGET') return null;
  if (!limits || limits.upperLimit === null || limits.lowerLimit === null) return null;
  const higherIsBetter = polarity === 'HIGHER_IS_BETTER';
  if (target < limits.lowerLimit) return higherIsBetter ? 'consistently_passes' : 'consistently_fails';
  if (target > limits.upperLimit) return higherIsBetter ? 'consistently_fails' : 'consistently_passes';
  return 'hit_and_miss';
}
