// en-GB formatting of figures and dates, so every page writes them the same way.
import type { MeasureUnit } from '../graphql/generated/graphql';
import type { IsoDate } from '../graphql/schema-types';

/** Shown in place of a figure withheld to protect individuals (value null, suppressed true). */
export const CONFIDENTIAL_MARK = '[c]';
export const CONFIDENTIAL_LEGEND = '[c] = confidential: a small number withheld to protect individuals';

/** Shown where there is no figure at all, e.g. a rate with nobody to base it on. */
export const NO_FIGURE = '–';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 1571 → "1,571"; 83.33 → "83.3". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A figure in its measure's unit: "1,571", "100%", or "[c]" when withheld. */
export function formatFigure(value: number | null, unit: MeasureUnit): string {
  if (value === null) return CONFIDENTIAL_MARK;
  return unit === 'PERCENT' ? `${formatNumber(value)}%` : formatNumber(value);
}

// Dates arrive as plain calendar days; reading them as UTC keeps the day from shifting with the browser's zone.
function parseIsoDate(iso: IsoDate): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** "2012-04-01" → "1 April 2012" (GOV.UK style). */
export function formatDate(iso: IsoDate): string {
  const date = parseIsoDate(iso);
  return date ? dateFormat.format(date) : iso;
}

/** "2012-04-01" → "April 2012". */
export function formatMonth(iso: IsoDate): string {
  const date = parseIsoDate(iso);
  return date ? monthFormat.format(date) : iso;
}

/** "2012/13" → "financial year 2012 to 2013", for prose; tables keep "2012/13". */
export function financialYearInWords(financialYear: string): string {
  const match = /^(\d{4})\/(\d{2})$/.exec(financialYear);
  if (!match) return `financial year ${financialYear}`;
  const startYear = Number(match[1]);
  return `financial year ${startYear} to ${startYear + 1}`;
}

/** ["a", "b", "c"] → "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const changeFormat = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });

/** A change as a fraction, signed: 0.8333 → "+83%", -0.2 → "-20%", 0 → "0%". */
export function formatChange(fraction: number): string {
  return changeFormat.format(fraction).replace('\u2212', '-');
}

/** A percentage already in percent: 109.6 → "110%". */
export function formatWholePercent(percent: number): string {
  return `${Math.round(percent).toLocaleString('en-GB')}%`;
}

const instantFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' });

/** An instant (ISO 8601, e.g. "2026-12-06T03:15:00Z") as UK time: "6 December 2026 at 03:15". */
export function formatDateTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = Object.fromEntries(instantFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts['day']} ${parts['month']} ${parts['year']} at ${parts['hour']}:${parts['minute']}`;
}

/** The instant a London calendar day begins ("2027-04-01" → 2027-03-31T23:00:00Z in summer time), as ISO 8601. */
export function londonDayStart(iso: IsoDate): string | undefined {
  const date = parseIsoDate(iso);
  if (!date) return undefined;
  // London is UTC or one hour ahead; the hour it shows at UTC midnight is its offset that day.
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' }).format(date));
  return new Date(date.getTime() - hour * 3_600_000).toISOString();
}

/** Today's date in London, YYYY-MM-DD, from the browser's clock. */
export function londonToday(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
