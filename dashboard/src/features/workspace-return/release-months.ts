// The months an analyst may release next: after the latest release, up to the last month that has ended.
import type { DataCoverage } from '../../graphql/data-coverage';
import { monthOf } from '../../lib/financial-periods';
import type { DisclosureRelease } from './graphql/types';

/** "2013-12" → [2013, 12]. */
function yearAndMonth(month: string): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

function nextMonth(month: string): string {
  const [year, number] = yearAndMonth(month);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

function previousMonth(month: string): string {
  const [year, number] = yearAndMonth(month);
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}

/** Newest first: usually the release is of the latest months. Empty when nothing new has ended. */
export function releasableMonths(coverage: DataCoverage, releases: readonly DisclosureRelease[]): string[] {
  const latest = releases.at(-1)?.throughMonth;
  const firsts = coverage.datasets.map((d) => d.firstMonth).filter((m): m is string => m !== null).sort();
  const start = latest ? nextMonth(latest) : firsts[0];
  const lastEnded = previousMonth(monthOf(coverage.today));
  const months: string[] = [];
  for (let month = start; month !== undefined && month <= lastEnded; month = nextMonth(month)) months.unshift(month);
  return months;
}

/** The last month holding records of any dataset, to suggest releasing up to it. */
export function lastMonthWithRecords(coverage: DataCoverage): string | undefined {
  return coverage.datasets.map((d) => d.lastMonth).filter((m): m is string => m !== null).sort().at(-1);
}
