import { nearlyEqual, requireNonNegative, TargetInputError } from './target-input.error';

/** An even profile: a quarter of the annual target in each quarter. */
export const EVEN_PROFILE: readonly number[] = [0.25, 0.25, 0.25, 0.25];

/**
 * The target to the end of a financial quarter (1 = April–June … 4 = January–March), cumulative
 * from April: with an even profile Q2 gives half the annual target.
 *
 * A profile is 4 non-negative quarterly values, either amounts that add up to the annual target
 * (e.g. 4, 5, 6, 7 for 22) or fractions that add up to 1 (e.g. 0.2, 0.2, 0.3, 0.3); anything else
 * is refused, since a profile that does not add up would quietly move the year-end target.
 * The result is not rounded: 22 over an even profile gives 5.5 at Q1.
 */
export function profiledTarget(annualTarget: number, profile: readonly number[] | null | undefined, quarter: number): number {
  requireNonNegative('annualTarget', annualTarget);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new TargetInputError('quarter', `quarter must be 1, 2, 3 or 4 (Q1 is April to June); got ${quarter}.`);
  }
  return quarterlyAmounts(annualTarget, profile ?? EVEN_PROFILE)
    .slice(0, quarter)
    .reduce((sum, amount) => sum + amount, 0);
}

/** A validated profile as the amount of target in each quarter, refusing one that is neither amounts nor fractions of the target. */
export function quarterlyAmounts(annualTarget: number, profile: readonly number[]): number[] {
  if (profile.length !== 4) {
    throw new TargetInputError('profile', `A quarterly profile needs 4 values, one for each quarter from April; got ${profile.length}.`);
  }
  profile.forEach((value, i) => {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new TargetInputError('profile', `Quarter ${i + 1} of the profile is ${value}; each quarter needs a number of 0 or more.`);
    }
  });
  const total = profile.reduce((sum, value) => sum + value, 0);
  // Amounts are used as given, so a profile of whole numbers gives whole cumulative targets.
  if (nearlyEqual(total, annualTarget)) return [...profile];
  if (nearlyEqual(total, 1)) return profile.map((fraction) => fraction * annualTarget);
  throw new TargetInputError(
    'profile',
    `The quarterly profile adds up to ${Number(total.toPrecision(12))}, but it must add up to the annual target of ${annualTarget} (as amounts) or to 1 (as fractions).`,
  );
}
