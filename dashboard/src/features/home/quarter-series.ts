// The overview's quarterly chart: the chosen quarter and the quarters before it, back to the start of
// the year two years earlier (or the first year the data covers), each with its figure or the words
// for why it has none ("not collected").
import type { DataCoverage } from '../../graphql/data-coverage';
import { endsBeforeCollection, type Collection } from '../../lib/coverage-periods';
import { financialYearBefore, financialYearRange, QUARTERS, quarterLabel, quarterRange, type Quarter } from '../../lib/financial-periods';
import { periodCell, type PeriodCell } from '../../lib/period-cells';
import type { YearByQuarter } from './graphql/types';

/** The chosen year and the two before it that the data covers, oldest first. */
export function chartYears(financialYear: string, coverage: Pick<DataCoverage, 'financialYears'>): string[] {
  return [2, 1, 0].map((back) => financialYearBefore(financialYear, back)).filter((year) => coverage.financialYears.includes(year));
}

/** Whether a year has a quarter collected at all: a year wholly before collection is not asked for (the API would refuse it). */
export function isCollectedIn(financialYear: string, collection: Collection): boolean {
  return !endsBeforeCollection(financialYearRange(financialYear).to, collection);
}

/** One cell per quarter of `years` up to and including `last`, from each year's answer (absent for a year not asked for). */
export function quarterSeries(
  years: readonly { financialYear: string; answer: YearByQuarter | undefined }[],
  last: { financialYear: string; quarter: Quarter },
  collection: Collection,
): PeriodCell[] {
  const lastStart = quarterRange(quarterLabel(last.financialYear, last.quarter))?.from ?? '';
  return years.flatMap(({ financialYear, answer }) =>
    QUARTERS.flatMap((quarter) => {
      const label = quarterLabel(financialYear, quarter);
      const range = quarterRange(label);
      if (!range || range.from > lastStart) return [];
      return [periodCell(label, range, answer?.rows ?? [], { collection, notCollected: answer?.notCollected })];
    }),
  );
}
