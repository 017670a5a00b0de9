import type { DataCoverage } from '../../graphql/data-coverage';
import { financialYearBefore, isFinancialYear } from '../../lib/financial-periods';

/** Years ahead of the current one offered for planning; any other year can still be typed in. */
export const YEARS_AHEAD = 5;

/**
 * The years a target can be set for: every year the data covers, the next few after the current
 * one, and the year in the address if it is another (a target may be set for any year).
 */
export function targetYears(coverage: DataCoverage, chosen: string | null): string[] {
  const ahead = Array.from({ length: YEARS_AHEAD }, (_, i) => financialYearBefore(coverage.currentFinancialYear, -(i + 1)));
  const years = new Set([...coverage.financialYears, coverage.currentFinancialYear, ...ahead]);
  if (isFinancialYear(chosen)) years.add(chosen);
  return [...years].sort();
}
