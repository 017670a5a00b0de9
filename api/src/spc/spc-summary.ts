import { monthInWords } from '../shared/financial-periods';
import type { Polarity } from '../measures/measure-catalogue';
import { type Run, shifts, trends } from './special-cause-rules';
import { causeDirection, specialCauseMeaning } from './spc-icons';
import type { AssuranceIcon, Direction, SpecialCause, XmrPoint } from './spc.types';

export { monthInWords };

const ASSURANCE_CLAUSE: Record<AssuranceIcon, string> = {
  consistently_passes: '; the target will be met every month unless something changes',
  consistently_fails: '; the target will not be met without a change in how the work is done',
  hit_and_miss: '; the target will be met in some months and missed in others by chance',
};

/**
 * One plain-English sentence about the latest point, e.g. "Gaia Centre referrals: special cause
 * variation, an improvement – 7 months in a row above the average." The label is followed by a
 * colon so the sentence reads right whether the label is singular or plural.
 */
export function spcSummary(label: string, points: readonly XmrPoint[], polarity: Polarity, assurance: AssuranceIcon | null): string {
  const latest = points[points.length - 1];
  if (!latest) return `${label}: no figures to chart yet.`;
  if (latest.upperLimit === null) {
    return `${label}: too few months since ${monthInWords(latestSegment(points)[0].period)} to judge variation.`;
  }
  const tail = assurance ? ASSURANCE_CLAUSE[assurance] : '';
  const direction = causeDirection(latest.specialCauses);
  if (!direction) {
    return `${label}: common cause variation – nothing unusual in the latest month, ${monthInWords(latest.period)}${tail}.`;
  }
  const cause = latest.specialCauses.find((c) => c.direction === direction) as SpecialCause;
  return `${label}: special cause variation, ${meaningInWords(direction, polarity)} – ${reasonInWords(cause, points)}${tail}.`;
}

function meaningInWords(direction: Direction, polarity: Polarity): string {
  switch (specialCauseMeaning(direction, polarity)) {
    case 'improvement':
      return 'an improvement';
    case 'concern':
      return 'a concern';
    case 'neither':
      return direction === 'high' ? 'unusually high' : 'unusually low';
  }
}

function reasonInWords(cause: SpecialCause, points: readonly XmrPoint[]): string {
  const side = cause.direction === 'high' ? 'above' : 'below';
  const limit = cause.direction === 'high' ? 'upper' : 'lower';
  switch (cause.rule) {
    case 'outside_limits':
      return `the latest month is ${side} the ${limit} process limit`;
    case 'shift':
      return `${latestRunLength(shifts(latestSegment(points).map((p) => p.value), points[points.length - 1].mean))} months in a row ${side} the average`;
    case 'trend':
      return `${latestRunLength(trends(latestSegment(points).map((p) => p.value)))} months in a row ${cause.direction === 'high' ? 'rising' : 'falling'}`;
    case 'two_of_three':
      return `two of the last three months are close to or beyond the ${limit} process limit`;
  }
}

function latestSegment(points: readonly XmrPoint[]): readonly XmrPoint[] {
  const segment = points[points.length - 1].segment;
  return points.filter((p) => p.segment === segment);
}

/** Length of the run that ends at the segment's last point (the rules found it, so it exists). */
function latestRunLength(runs: readonly Run[]): number {
  const last = runs[runs.length - 1];
  return last.to - last.from + 1;
}
