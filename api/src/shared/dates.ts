/** Dates are ISO `YYYY-MM-DD` strings throughout: no time zone can move a record across a day. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// Made once: building a formatter loads time-zone data, and "today" is asked on every request.
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in London, where the partnership's records are dated. */
export function londonToday(now: Date = new Date()): string {
  return LONDON_DAY.format(now);
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * The date so many months and days on, by arithmetic on the numbers (as Date rolls them over):
 * reading and writing date strings through Date was a hot spot of every answer worked out.
 */
function shifted(isoDate: string, months: number, days: number): string {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
  date.setUTCFullYear(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1 + months, Number(isoDate.slice(8, 10)) + days);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date written YYYY-MM-DD: "${isoDate}"`);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

export function addDays(isoDate: string, days: number): string {
  return shifted(isoDate, 0, days);
}

/** As JavaScript counts months: 31 January plus one month is 3 March (2 in a leap year). */
export function addMonths(isoDate: string, months: number): string {
  return shifted(isoDate, months, 0);
}
