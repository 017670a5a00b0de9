import { GraphQLError } from 'graphql';
import type { DatasetCollection } from './dataset-collection';
import { DATASETS } from '../datasets/dataset-catalogue';
import type { MeasureDefinition } from '../measures/measure-catalogue';
import { financialYearOf, monthInWords, periodsBetween, type Granularity, type PeriodRange } from '../shared/financial-periods';

/** The code a script can test for: the period asked for lies wholly before the dataset was collected. */
export const NOT_COLLECTED = 'NOT_COLLECTED';

/** What the planner needs of a request to set its collected part apart. */
export interface CollectableRange {
  measure: MeasureDefinition;
  from: string;
  to: string;
  granularity: Granularity | null;
}

export interface CollectedPart<Q> {
  /** The request from the month collection began (unchanged when it began before `from`). */
  query: Q;
  /** The periods of the granularity asked for that end before collection began: no row, never 0. */
  notCollected: PeriodRange[];
  collectedFrom: string | null;
}

/** "Referrals to the Gaia Centre were not collected before January 2012 (The Gaia Centre opened in January 2012)". */
export function notCollectedInWords(measure: MeasureDefinition, collection: DatasetCollection & { collectedFrom: string }): string {
  const reason = collection.reason ? ` (${collection.reason})` : ' (the first month with records)';
  return `${DATASETS[measure.dataset].label} were not collected before ${monthInWords(collection.collectedFrom)}${reason}`;
}

export function notCollectedError(argument: string, measure: MeasureDefinition, collection: DatasetCollection & { collectedFrom: string }): GraphQLError {
  const message = `${notCollectedInWords(measure, collection)}; ask for ${financialYearOf(collection.collectedFrom)} or later`;
  return new GraphQLError(`Argument "${argument}": ${message}`, {
    extensions: { code: NOT_COLLECTED, argument, collectedFrom: collection.collectedFrom },
  });
}

/**
 * The part of [from, to] from the first day of the month collection began (so rollups still answer
 * in whole months); null when none of it was collected. Unchanged when collection began before it.
 */
export function collectedRange<R extends { from: string; to: string }>(range: R, collectedFrom: string | null): R | null {
  if (collectedFrom === null || range.from >= collectedFrom) return range;
  if (range.to < collectedFrom) return null;
  const firstMonth = `${collectedFrom.slice(0, 7)}-01`;
  return firstMonth > range.from ? { ...range, from: firstMonth } : range;
}

/**
 * The part of a request from when its dataset began to be collected. Periods that end before then
 * are listed as not collected and get no row (a 0 would say the service was open and quiet); a
 * request wholly before then is refused naming `argument`.
 */
export function collectedPart<Q extends CollectableRange>(query: Q, collection: DatasetCollection, argument: string): CollectedPart<Q> {
  const { collectedFrom } = collection;
  const collected = collectedRange(query, collectedFrom);
  if (collected === null) throw notCollectedError(argument, query.measure, { ...collection, collectedFrom: collectedFrom as string });
  const notCollected = collectedFrom !== null && query.granularity ? periodsBetween(query.granularity, query.from, query.to).filter((p) => p.end < collectedFrom) : [];
  return { query: collected, notCollected, collectedFrom };
}
