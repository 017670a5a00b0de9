import type { Polarity } from '../measures/measure-catalogue';
import { atMost, requireFinite, requireNonNegative } from './target-input.error';

export type RagStatus = 'GREEN' | 'AMBER' | 'RED' | 'NONE';

export const DEFAULT_TOLERANCE = 0.1;

export interface RagInput {
  actualToDate: number;
  /** The profiled target to the same point in the year; null when no target is set → 'NONE'. */
  targetToDate: number | null;
  /** How far behind profile still counts as amber, as a fraction of the target to date (default 0.10). */
  tolerance?: number;
  polarity: Polarity;
  /** The actual for the same months of last year; null or omitted when there is none. */
  samePeriodLastYear?: number | null;
}

/**
 * The RAG rule the operational group agreed for the quarterly review:
 *
 * - GREEN: on or ahead of profile (actual to date at or beyond the target to date).
 * - AMBER: behind profile by no more than the tolerance (10% of the target to date unless set),
 *   OR behind by more but strictly better than the same period last year.
 * - RED: otherwise (equalling last year is not "better").
 * - NONE: activity-only measures (NO_TARGET) and measures with no target set.
 *
 * "Ahead" follows polarity: for LOWER_IS_BETTER being below target is ahead and "better than last
 * year" means lower. Examples (HIGHER_IS_BETTER, target to date 20): 20 → GREEN; 18 → AMBER
 * (behind by exactly 10%); 15 with 12 last year → AMBER; 15 with 15 last year → RED.
 * LOWER_IS_BETTER, target 20: 22 → AMBER; 25 with 30 last year → AMBER; 25 with none → RED.
 */
export function ragStatus(input: RagInput): RagStatus {
  const { actualToDate, targetToDate, polarity, samePeriodLastYear } = input;
  const tolerance = input.tolerance ?? DEFAULT_TOLERANCE;
  if (polarity === 'NO_TARGET' || targetToDate === null) return 'NONE';
  requireFinite('actualToDate', actualToDate);
  requireFinite('targetToDate', targetToDate);
  requireNonNegative('tolerance', tolerance);

  // Turn LOWER_IS_BETTER into "higher is better" by negating, so one rule serves both.
  const sign = polarity === 'HIGHER_IS_BETTER' ? 1 : -1;
  const shortfall = sign * (targetToDate - actualToDate);
  if (atMost(shortfall, 0)) return 'GREEN';
  if (atMost(shortfall, tolerance * Math.abs(targetToDate))) return 'AMBER';
  if (samePeriodLastYear !== null && samePeriodLastYear !== undefined) {
    requireFinite('samePeriodLastYear', samePeriodLastYear);
    if (sign * (actualToDate - samePeriodLastYear) > 0) return 'AMBER';
  }
  return 'RED';
}
