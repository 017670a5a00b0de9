// Periods worked out from what the data covers (graphql/data-coverage.ts): which quarter a page opens
// on, which quarters a chooser offers, and which periods came before a dataset was collected.
import type { DataCoverage } from '../graphql/data-coverage';
import type { IsoDate } from '../graphql/schema-types';
import { financialYearRange, monthRange, parseQuarterLabel, quartersBegunBy, type Quarter } from './financial-periods';
import { formatMonth } from './format';

export interface QuarterChoice {
  financialYear: string;
  quarter: Quarter;
}

/** The last complete quarter; before any quarter has ended, the current year's first. */
export function openingQuarter(coverage: DataCoverage): QuarterChoice {
  return parseQuarterLabel(coverage.lastCompleteQuarter ?? '') ?? { financialYear: coverage.currentFinancialYear, quarter: 1 };
}

/** The quarters a chooser offers for a year: those begun by the server's today (at least Q1). */
export function quartersOffered(financialYear: string, coverage: DataCoverage): Quarter[] {
  const begun = quartersBegunBy(financialYear, coverage.today);
  return begun.length > 0 ? begun : [1];
}

/** The quarter to show in a year when the address names none the year offers: the opening one, or the year's latest. */
export function fallbackQuarter(financialYear: string, coverage: DataCoverage): Quarter {
  const opening = openingQuarter(coverage);
  if (opening.financialYear === financialYear) return opening.quarter;
  return quartersOffered(financialYear, coverage).at(-1) ?? 1;
}

/** Every day the data can cover: April of the first year to today. */
export function coverageRange(coverage: DataCoverage): { from: IsoDate; to: IsoDate } {
  const first = coverage.financialYears[0] ?? coverage.currentFinancialYear;
  return { from: financialYearRange(first).from, to: coverage.today };
}

export interface Collection {
  /** e.g. "Gaia Centre referrals". */
  label: string;
  /** The first day collected; null when the data does not say. */
  from: IsoDate | null;
  /** Why collection began then, e.g. "The Gaia Centre opened in January 2012". */
  reason?: string | null;
  /** "2026-09": the last month with records (released ones, for funders and councillors); a period after it has none yet. */
  lastMonth?: string | null;
}

/** When the dataset a measure counts began to be collected. */
export function collectionOf(coverage: DataCoverage, measureId: string): Collection {
  const dataset = coverage.datasets.find((candidate) => candidate.measures.includes(measureId));
  if (!dataset) return { label: measureId, from: null };
  return { label: dataset.label, from: dataset.collectedFrom ?? (dataset.firstMonth ? `${dataset.firstMonth}-01` : null), reason: dataset.collectedFromReason, lastMonth: dataset.lastMonth };
}

/** The last day a period may start on and have figures: today, or the end of the last month with records if earlier. */
export function figuresUntil(coverage: DataCoverage, measureId: string): IsoDate {
  const { lastMonth } = collectionOf(coverage, measureId);
  const lastDay = lastMonth ? monthRange(lastMonth)?.to : undefined;
  return lastDay !== undefined && lastDay < coverage.today ? lastDay : coverage.today;
}

/** A period that ended before collection began: "not collected", never 0. */
export function endsBeforeCollection(periodEnd: IsoDate, collection: Collection): boolean {
  return collection.from !== null && periodEnd < collection.from;
}

export const NOT_COLLECTED = 'not collected';

/** "Referrals to the Gaia Centre were not collected before January 2012. The Gaia Centre opened in January 2012.": what a "not collected" gap means. */
export function notCollectedNote(collection: Collection): string {
  if (!collection.from) return `${collection.label} were not collected then.`;
  const why = collection.reason ? ` ${collection.reason.replace(/\.?$/, '.')}` : '';
  return `${collection.label} were not collected before ${formatMonth(collection.from)}.${why}`;
}
