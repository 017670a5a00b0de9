import type { DatasetCoverage } from '../figures/dataset-collection';
import type { FigureRowData } from '../figures/figures.service';
import { addDays, addMonths } from '../shared/dates';
import type { MonthlyValue } from './spc.types';

export interface DateRange {
  from: string;
  to: string;
}

export const monthStart = (isoDate: string): string => `${isoDate.slice(0, 7)}-01`;
export const monthEnd = (isoDate: string): string => addDays(addMonths(monthStart(isoDate), 1), -1);

/** The whole months a range touches: a part-month would read as a fall in the chart. */
export function wholeMonths(range: DateRange): DateRange {
  return { from: monthStart(range.from), to: monthEnd(range.to) };
}

/**
 * The default span of a chart: from when the dataset began to be collected, or its first month
 * with records if that is later (months of zeros before anything was imported would be invented),
 * to the last full month with data: the month of the latest record, unless that month is not over
 * yet (today), in which case the month before. Null when there is nothing to chart.
 */
export function defaultChartRange(coverage: DatasetCoverage, today: string): DateRange | null {
  if (!coverage.firstMonth || !coverage.lastMonth) return null;
  const starts = [`${coverage.firstMonth}-01`, ...(coverage.collection.collectedFrom ? [monthStart(coverage.collection.collectedFrom)] : [])];
  const from = starts.sort()[starts.length - 1];
  const lastFullMonth = addDays(monthStart(today), -1);
  const to = [monthEnd(`${coverage.lastMonth}-01`), lastFullMonth].sort()[0];
  return to < from ? null : { from, to };
}

/** A figures time series (granularity MONTH, no breakdown) as the SPC module's monthly values. */
export function toMonthlyValues(rows: readonly FigureRowData[]): MonthlyValue[] {
  return rows.flatMap((row) => (row.period && row.value !== null ? [{ period: row.period.label, value: row.value }] : []));
}

/** The months ("YYYY-MM") in which breaks start a new baseline. */
export function breakMonths(breaks: readonly { startsOn: string }[]): string[] {
  return breaks.map((b) => b.startsOn.slice(0, 7));
}
