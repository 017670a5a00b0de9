import { addDays, addMonths } from './dates';

/** UK financial year: 1 April to 31 March, written "2012/13"; quarters "2012/13 Q1" (Apr–Jun) to Q4 (Jan–Mar). */
export type Granularity = 'MONTH' | 'QUARTER' | 'FINANCIAL_YEAR';
export const GRANULARITIES: readonly Granularity[] = ['MONTH', 'QUARTER', 'FINANCIAL_YEAR'];

export interface PeriodRange {
  label: string;
  start: string;
  end: string;
}

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

/** "2012/13" → its first and last day, or undefined when it is not a well-formed financial year. */
export function parseFinancialYear(text: string): PeriodRange | undefined {
  const match = FINANCIAL_YEAR.exec(text);
  if (!match) return undefined;
  const startYear = Number(match[1]);
  if ((startYear + 1) % 100 !== Number(match[2])) return undefined;
  return financialYearRange(startYear);
}

export function financialYearStartYear(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) >= 4 ? year : year - 1;
}

export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export function financialYearRange(startYear: number): PeriodRange {
  return { label: financialYearLabel(startYear), start: `${startYear}-04-01`, end: `${startYear + 1}-03-31` };
}

/** "2026/27" → "financial year 2026 to 2027", as GOV.UK prose writes it. */
export function financialYearInWords(label: string): string {
  const startYear = Number(label.slice(0, 4));
  return `financial year ${startYear} to ${startYear + 1}`;
}

/** The financial year of a date, e.g. 2013-02-14 → "2012/13". */
export function financialYearOf(isoDate: string): string {
  return financialYearLabel(financialYearStartYear(isoDate));
}

/** The financial quarter (1–4) of a date: April–June is Q1. */
export function financialQuarterOf(isoDate: string): number {
  const month = Number(isoDate.slice(5, 7));
  return Math.floor(((month + 8) % 12) / 3) + 1;
}

/** The latest financial quarter that ended before `today`, e.g. 2026-12-05 → "2026/27 Q2" (July to September). */
export function lastCompleteQuarter(today: string): PeriodRange {
  const current = periodStartOf('QUARTER', today);
  return periodStartingOn('QUARTER', addMonths(current, -3));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2013-03' (or a date in it) → 'March 2013', as GOV.UK prose writes months. */
export function monthInWords(period: string): string {
  return `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
}

/** The period of the given granularity that starts on `start` (as PostgreSQL's date_trunc gives it). */
export function periodStartingOn(granularity: Granularity, start: string): PeriodRange {
  switch (granularity) {
    case 'MONTH':
      return { label: start.slice(0, 7), start, end: addDays(addMonths(start, 1), -1) };
    case 'QUARTER':
      return { label: `${financialYearOf(start)} Q${financialQuarterOf(start)}`, start, end: addDays(addMonths(start, 3), -1) };
    case 'FINANCIAL_YEAR':
      return financialYearRange(financialYearStartYear(start));
  }
}

function periodStartOf(granularity: Granularity, isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  switch (granularity) {
    case 'MONTH':
      return `${isoDate.slice(0, 7)}-01`;
    case 'QUARTER':
      return `${year}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
    case 'FINANCIAL_YEAR':
      return `${financialYearStartYear(isoDate)}-04-01`;
  }
}

/** Every period of a granularity that overlaps [from, to], in order. */
export function periodsBetween(granularity: Granularity, from: string, to: string): PeriodRange[] {
  const step = granularity === 'MONTH' ? 1 : granularity === 'QUARTER' ? 3 : 12;
  const periods: PeriodRange[] = [];
  for (let start = periodStartOf(granularity, from); start <= to; start = addMonths(start, step)) {
    periods.push(periodStartingOn(granularity, start));
  }
  return periods;
}

/** SQL for the first day of a record's period; the cast to timestamp keeps time zones out of it. */
export function periodStartSql(granularity: Granularity, column = 'date'): string {
  switch (granularity) {
    case 'MONTH':
      return `date_trunc('month', ${column}::timestamp)::date`;
    case 'QUARTER':
      return `date_trunc('quarter', ${column}::timestamp)::date`;
    case 'FINANCIAL_YEAR':
      return `(date_trunc('year', ${column}::timestamp - interval '3 months') + interval '3 months')::date`;
  }
}
