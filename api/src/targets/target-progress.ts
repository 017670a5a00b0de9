import { requireFinite, TargetInputError } from './target-input.error';

/** Actual as a percentage of target (22 of 20 → 110); null when the target is 0, where no percentage exists. */
export function percentOfTarget(actual: number, target: number): number | null {
  requireFinite('actual', actual);
  requireFinite('target', target);
  return target === 0 ? null : (100 * actual) / target;
}

/** Change on last year as a fraction (22 vs 12 → 0.8333); null when last year was 0, where no rate of change exists. */
export function changeOnLastYear(current: number, previous: number): number | null {
  requireFinite('current', current);
  requireFinite('previous', previous);
  return previous === 0 ? null : (current - previous) / previous;
}

const WHOLE_PERCENT_WITH_SIGN = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });

/**
 * A change as a whole percent with its sign, as the briefing writes it: 0.8333 → "+83%", −0.2 → "-20%",
 * 0 → "0%"; halves round away from zero. null (nothing last year to compare with) → "n/a".
 */
export function formatChangeOnLastYear(change: number | null): string {
  if (change === null) return 'n/a';
  // toPrecision strips float noise first, so 0.145 (stored as 0.14499…) rounds to 15%, not 14%.
  return WHOLE_PERCENT_WITH_SIGN.format(Number(change.toPrecision(12)));
}

/**
 * Year-end forecast at the run rate so far: actual to date ÷ months elapsed × 12 (15 in 3 months → 60).
 * A straight line: it ignores seasonality and any quarterly profile, so read it as "if the pace holds".
 */
export function yearEndForecast(actualToDate: number, monthsElapsed: number): number {
  requireFinite('actualToDate', actualToDate);
  if (!Number.isInteger(monthsElapsed) || monthsElapsed < 1 || monthsElapsed > 12) {
    throw new TargetInputError('monthsElapsed', `monthsElapsed must be a whole number of months from 1 to 12; got ${monthsElapsed}.`);
  }
  return (actualToDate / monthsElapsed) * 12;
}
