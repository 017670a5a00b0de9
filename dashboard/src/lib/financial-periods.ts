// Financial years (April to March) and their quarters, as the partnership reports them.
import type { IsoDate } from '../graphql/schema-types';

export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2012/13" → 2012, or undefined when it is not a financial year. */
function startYearOf(financialYear: string): number | undefined {
  const match = /^(\d{4})\/(\d{2})$/.exec(financialYear);
  if (!match) return undefined;
  const start = Number(match[1]);
  return (start + 1) % 100 === Number(match[2]) ? start : undefined;
}

export function isFinancialYear(value: string | null): value is string {
  return value !== null && startYearOf(value) !== undefined;
}

export function isQuarter(value: number): value is Quarter {
  return (QUARTERS as readonly number[]).includes(value);
}

/** "2012/13", 4 → "2012/13 Q4", as tables write quarters. */
export function quarterLabel(financialYear: string, quarter: Quarter): string {
  return `${financialYear} Q${quarter}`;
}

/** "2012/13 Q4" → the year and the quarter, or undefined when it is not a quarter. */
export function parseQuarterLabel(label: string): { financialYear: string; quarter: Quarter } | undefined {
  const match = /^(\d{4}\/\d{2}) Q(\d)$/.exec(label);
  const quarter = Number(match?.[2]);
  return match?.[1] && isFinancialYear(match[1]) && isQuarter(quarter) ? { financialYear: match[1], quarter } : undefined;
}

/** 2012 → "2012/13". */
function financialYearStarting(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The financial year a day falls in: 2013-02-14 → "2012/13". */
export function financialYearOf(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  return financialYearStarting(Number(date.slice(5, 7)) >= 4 ? year : year - 1);
}

/** "2012/13" → "2011/12": the year `years` before. */
export function financialYearBefore(financialYear: string, years = 1): string {
  return financialYearStarting((startYearOf(financialYear) ?? Number.NaN) - years);
}

/** Q1 is April to June: the calendar year and first month (1 to 12) a quarter starts in. */
function quarterStart(financialYear: string, quarter: Quarter): { year: number; month: number } {
  const start = startYearOf(financialYear) ?? Number.NaN;
  const month = 4 + (quarter - 1) * 3;
  return month > 12 ? { year: start + 1, month: month - 12 } : { year: start, month };
}

/** "2012/13", 4 → "January to March 2013". */
export function quarterInWords(financialYear: string, quarter: Quarter): string {
  const { year, month } = quarterStart(financialYear, quarter);
  return `${MONTHS[month - 1]} to ${MONTHS[month + 1]} ${year}`;
}

/** "2012/13", 2 → "April to September 2012": the year to date at the end of a quarter. */
export function yearToDateInWords(financialYear: string, quarter: Quarter): string {
  const first = quarterStart(financialYear, 1);
  const last = quarterStart(financialYear, quarter);
  const lastMonth = `${MONTHS[last.month + 1]} ${last.year}`;
  return first.year === last.year ? `${MONTHS[first.month - 1]} to ${lastMonth}` : `${MONTHS[first.month - 1]} ${first.year} to ${lastMonth}`;
}

/** "2012/13" → 1 April 2012 to 31 March 2013. */
export function financialYearRange(financialYear: string): { from: IsoDate; to: IsoDate } {
  const start = startYearOf(financialYear) ?? Number.NaN;
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/** "2012-04" → "April 2012". */
export function monthInWords(period: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  const name = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1]}` : period;
}

/** "2012-04" → "Apr 2012", for chart axes. */
export function monthShort(period: string): string {
  const words = monthInWords(period);
  return words === period ? period : `${words.slice(0, 3)} ${words.slice(-4)}`;
}

/** 2022-05-05, -1 → 2022-05-04: a calendar day moved by whole days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** "2012-03-08" → "2012-03": the month a date falls in, as SPC periods are written. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/** The last day of a month (1 to 12) of a year, as YYYY-MM-DD. */
function lastDayOf(year: number, month: number): IsoDate {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${day}`;
}

/** "2012-04" → 1 to 30 April 2012: the days an SPC or sparkline point covers. */
export function monthRange(period: string): { from: IsoDate; to: IsoDate } | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return undefined;
  return { from: `${period}-01`, to: lastDayOf(Number(match[1]), Number(match[2])) };
}

/** "2011/12 Q4" → 1 January to 31 March 2012: the days a quarter's bar covers. */
export function quarterRange(label: string): { from: IsoDate; to: IsoDate } | undefined {
  const parsed = parseQuarterLabel(label);
  if (!parsed) return undefined;
  const { year, month } = quarterStart(parsed.financialYear, parsed.quarter);
  return { from: `${year}-${String(month).padStart(2, '0')}-01`, to: lastDayOf(year, month + 2) };
}

/** The quarters of a year that have begun by `today`: all four of a past year, none of a future one. */
export function quartersBegunBy(financialYear: string, today: IsoDate): Quarter[] {
  return QUARTERS.filter((quarter) => (quarterRange(quarterLabel(financialYear, quarter))?.from ?? today) <= today);
}

/** April of the year before to the end of the quarter: the months the quarterly review's trend lines draw. */
export function reviewTrendRange(financialYear: string, quarter: Quarter): { from: IsoDate; to: IsoDate } {
  const start = startYearOf(financialYear) ?? Number.NaN;
  const { year, month } = quarterStart(financialYear, quarter);
  return { from: `${start - 1}-04-01`, to: lastDayOf(year, month + 2) };
}
