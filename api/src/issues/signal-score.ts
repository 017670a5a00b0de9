import type { Polarity } from '../measures/measure-catalogue';
import { causeDirection, specialCauseMeaning, type SpecialCauseMeaning } from '../spc/spc-icons';
import { monthInWords } from '../spc/spc-summary';
import type { Direction, SpecialCauseRule, XmrChart } from '../spc/spc.types';

/** How much each rule says on its own: a point beyond a limit is the strongest evidence, a trend the weakest. */
export const RULE_WEIGHTS: Record<SpecialCauseRule, number> = { outside_limits: 3, two_of_three: 2, shift: 2, trend: 1 };
/** A signal counts when one of the series' last three months shows special cause; older months weigh less. */
export const RECENCY: readonly number[] = [1, 0.5, 0.25];
/** Distance from the mean, in mean moving ranges, stops adding to the score here (one odd month should not swamp the list). */
export const MAX_SIZE = 5;

const RULE_ORDER: SpecialCauseRule[] = ['outside_limits', 'shift', 'trend', 'two_of_three'];

export interface SignalFinding {
  /** The most recent month (of the last three) with special cause. */
  period: string;
  direction: Direction;
  meaning: SpecialCauseMeaning;
  rules: SpecialCauseRule[];
  score: number;
  summary: string;
}

/** What the month's first rule says about it, e.g. "is above the upper process limit". */
function ruleInWords(rule: SpecialCauseRule, direction: Direction): string {
  const high = direction === 'high';
  switch (rule) {
    case 'outside_limits':
      return `is ${high ? 'above the upper' : 'below the lower'} process limit`;
    case 'shift':
      return `is one of 7 or more months in a row ${high ? 'above' : 'below'} the average`;
    case 'trend':
      return `is one of 7 or more months in a row ${high ? 'rising' : 'falling'}`;
    case 'two_of_three':
      return `is one of two in three months close to or beyond the ${high ? 'upper' : 'lower'} process limit`;
  }
}

function meaningInWords(meaning: SpecialCauseMeaning, direction: Direction): string {
  if (meaning === 'neither') return direction === 'high' ? 'unusually high' : 'unusually low';
  return meaning === 'improvement' ? 'an improvement' : 'a concern';
}

/**
 * Whether a series signals, and how strongly. Of its last three months, the most recent with
 * special cause is taken (in the direction its causes point, level rules first) and scored:
 *
 *   score = severity × recency × (1 + size)
 *
 * - severity: the sum of RULE_WEIGHTS of the rules it meets in that direction (outside limits 3,
 *   two of three 2, shift 2, trend 1), so a point beyond a limit at the end of a shift outranks either;
 * - recency: 1 for the latest month, 0.5 for the one before, 0.25 for the one before that;
 * - size: its distance from the mean in mean moving ranges of its segment, capped at MAX_SIZE
 *   (MAX_SIZE when the moving range is 0); "1 +" keeps a small but sustained shift on the list.
 *
 * Null when none of the last three months shows special cause. Scores are rounded to 3 decimals.
 */
export function latestSignal(chart: XmrChart, polarity: Polarity, label: string): SignalFinding | null {
  const { points, segments } = chart;
  for (let back = 0; back < RECENCY.length && back < points.length; back++) {
    const point = points[points.length - 1 - back];
    const direction = causeDirection(point.specialCauses);
    if (!direction) continue;
    const rules = RULE_ORDER.filter((rule) => point.specialCauses.some((c) => c.rule === rule && c.direction === direction));
    const severity = rules.reduce((sum, rule) => sum + RULE_WEIGHTS[rule], 0);
    const spread = segments[point.segment].meanMovingRange;
    const distance = Math.abs(point.value - point.mean);
    const size = spread ? Math.min(MAX_SIZE, distance / spread) : distance > 0 ? MAX_SIZE : 0;
    const meaning = specialCauseMeaning(direction, polarity);
    const since = back === 0 ? '' : `; nothing unusual since, to ${monthInWords(points[points.length - 1].period)}`;
    return {
      period: point.period,
      direction,
      meaning,
      rules,
      score: Math.round(severity * RECENCY[back] * (1 + size) * 1000) / 1000,
      summary: `${label}: special cause variation, ${meaningInWords(meaning, direction)} – ${monthInWords(point.period)} ${ruleInWords(rules[0], direction)}${since}.`,
    };
  }
  return null;
}
