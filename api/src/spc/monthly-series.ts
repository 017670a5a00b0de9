import { DATASETS } from '../datasets/dataset-catalogue';
import type { FigureRowData } from '../figures/figures.service';
import type { MeasureDefinition } from '../measures/measure-catalogue';
import { addDays, addMonths } from '../shared/dates';
import type { Queryable } from '../shared/queryable';
import type { MonthlyValue } from './spc.types';

/**
 * Charts start no earlier than 1 April 2011, the first financial year of the VAWG strategy (published
 * July 2011): the strategy's own baseline year, before which the partnership's work was different.
 */
export const CHARTS_BEGIN = '2011-04-01';

export interface DateRange {
  from: string;
  to: string;
}

/** When a measure's dataset has records, first and last (dataset-wide: when recording began and how far it reaches). */
export interface RecordsCoverage {
  first: string | null;
  last: string | null;
}

export async function recordsCoverage(database: Queryable, measure: MeasureDefinition): Promise<RecordsCoverage> {
  const [row]: RecordsCoverage[] = await database.query(
    `SELECT to_char(min(date), 'YYYY-MM-DD') AS first, to_char(max(date), 'YYYY-MM-DD') AS last FROM ${DATASETS[measure.dataset].table}`,
  );
  return row;
}

export const monthStart = (isoDate: string): string => `${isoDate.slice(0, 7)}-01`;
export const monthEnd = (isoDate: string): string => addDays(addMonths(monthStart(isoDate), 1), -1);

/** The whole months a range touches: a part-month would read as a fall in the chart. */
export function wholeMonths(range: DateRange): DateRange {
  return { from: monthStart(range.from), to: monthEnd(range.to) };
}

/**
 * The default span of a chart: from the later of CHARTS_BEGIN and the month of the first record,
 * to the last full month with data: the month of the latest record, unless that month is not over
 * yet in London (today), in which case the month before. Null when there is nothing to chart.
 */
export function defaultChartRange(coverage: RecordsCoverage, today: string): DateRange | null {
  if (!coverage.first || !coverage.last) return null;
  const from = [CHARTS_BEGIN, monthStart(coverage.first)].sort()[1];
  const lastFullMonth = addDays(monthStart(today), -1);
  const to = [monthEnd(coverage.last), lastFullMonth].sort()[0];
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
