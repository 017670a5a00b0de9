import type { Direction, SegmentLimits, SpecialCause, SpecialCauseRule } from './spc.types';

/** Points in a row for a shift (same side of the mean) or a trend (all rising or all falling). */
export const RUN_LENGTH = 7;

type Side = Direction | null;

/**
 * The special causes of each point of one segment, judged against that segment's raw limits; rules
 * never look across a break because they are only ever given one segment. Causes are listed in
 * rule order: outside_limits, shift, trend, two_of_three.
 */
export function findSpecialCauses(values: readonly number[], limits: SegmentLimits): SpecialCause[][] {
  const causes: SpecialCause[][] = values.map(() => []);
  const flag = (i: number, rule: SpecialCauseRule, direction: Direction) => {
    if (!causes[i].some((c) => c.rule === rule && c.direction === direction)) causes[i].push({ rule, direction });
  };
  outsideLimits(values, limits).forEach((side, i) => side && flag(i, 'outside_limits', side));
  for (const run of shifts(values, limits.mean)) for (let i = run.from; i <= run.to; i++) flag(i, 'shift', run.direction);
  for (const run of trends(values)) for (let i = run.from; i <= run.to; i++) flag(i, 'trend', run.direction);
  for (const [i, direction] of twoOfThree(values, limits)) flag(i, 'two_of_three', direction);
  return causes;
}

/** A point exactly on a limit is not beyond it. */
function beyond(value: number, upper: number | null, lower: number | null): Side {
  if (upper !== null && value > upper) return 'high';
  if (lower !== null && value < lower) return 'low';
  return null;
}

function outsideLimits(values: readonly number[], limits: SegmentLimits): Side[] {
  return values.map((v) => beyond(v, limits.upperLimit, limits.lowerLimit));
}

export interface Run {
  from: number;
  to: number;
  direction: Direction;
}

/** Maximal runs of at least RUN_LENGTH consecutive indices sharing a non-null side. */
function runsOf(sides: readonly Side[], offset = 0): Run[] {
  const runs: Run[] = [];
  let start = 0;
  for (let i = 1; i <= sides.length; i++) {
    if (i < sides.length && sides[i] === sides[start]) continue;
    const direction = sides[start];
    if (direction && i - start >= RUN_LENGTH - offset) runs.push({ from: start, to: i - 1 + offset, direction });
    start = i;
  }
  return runs;
}

/** Shift: 7 or more points in a row above (or below) the mean. A point on the mean breaks the run, as in the NHS tool. */
export function shifts(values: readonly number[], mean: number): Run[] {
  return runsOf(values.map((v) => (v > mean ? 'high' : v < mean ? 'low' : null)));
}

/**
 * Trend: 7 or more points in a row each higher (or each lower) than the one before, i.e. 6 steps the
 * same way. Equal neighbours break a trend: a flat step is neither a rise nor a fall (as in the NHS tool).
 */
export function trends(values: readonly number[]): Run[] {
  const steps: Side[] = values.slice(1).map((v, i) => (v > values[i] ? 'high' : v < values[i] ? 'low' : null));
  // A run of 6 steps from step k covers points k..k+6, hence the offset of one point.
  return runsOf(steps, 1);
}

/**
 * Two of three: two points within three in a row beyond the same near-limit band (beyond the
 * process limit counts); those two are flagged, the point between them can be anywhere.
 */
function twoOfThree(values: readonly number[], limits: SegmentLimits): [number, Direction][] {
  const sides = values.map((v) => beyond(v, limits.upperNear, limits.lowerNear));
  const flagged: [number, Direction][] = [];
  sides.forEach((side, i) => {
    if (!side) return;
    const partnered = [i - 2, i - 1, i + 1, i + 2].some((j) => j >= 0 && j < sides.length && sides[j] === side);
    if (partnered) flagged.push([i, side]);
  });
  return flagged;
}
