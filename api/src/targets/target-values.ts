import type { MeasureDefinition } from '../measures/measure-catalogue';
import { financialQuarterOf } from '../shared/financial-periods';
import { EVEN_PROFILE, profiledTarget, quarterlyAmounts } from './target-profile';

/** The parts of a stored target these rules read. */
export interface TargetFigures {
  value: number | null;
  quarterlyProfile: readonly number[] | null;
}

/**
 * A rate (a non-additive measure, e.g. the drug-test referral rate) has a target that is a level to
 * hold all year, not an amount to build up: its target to date is the level itself in every quarter.
 */
export function isLevelTarget(measure: MeasureDefinition): boolean {
  return !measure.additive;
}

/** The amount of target in each quarter from April (even by default); the level in each quarter for a rate; none for activity only. */
export function quarterlyProfileOf(target: TargetFigures, measure: MeasureDefinition): number[] {
  if (target.value === null) return [];
  if (isLevelTarget(measure)) return [target.value, target.value, target.value, target.value];
  return quarterlyAmounts(target.value, target.quarterlyProfile ?? EVEN_PROFILE);
}

/** The target to the end of a quarter, cumulative from April; null for activity only. */
export function targetToDate(target: TargetFigures, measure: MeasureDefinition, quarter: number): number | null {
  if (target.value === null) return null;
  if (isLevelTarget(measure)) return target.value;
  return profiledTarget(target.value, target.quarterlyProfile, quarter);
}

/**
 * The target for one month ("YYYY-MM"), for the SPC assurance icon: a third of that quarter's
 * amount, or the level for a rate; null for activity only.
 */
export function monthlyTarget(target: TargetFigures, measure: MeasureDefinition, month: string): number | null {
  const quarter = financialQuarterOf(`${month}-01`);
  const profile = quarterlyProfileOf(target, measure);
  if (profile.length === 0) return null;
  return isLevelTarget(measure) ? profile[quarter - 1] : profile[quarter - 1] / 3;
}
