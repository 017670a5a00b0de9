// One period's cell in a chart or table: the API's figure, or words saying why there is none that
// are not "withheld" — the period has not begun, the ward did not exist, the data was not collected,
// or there is no figure at all. Words, never a 0 that would read as a quiet period.
import type { IsoDate } from '../graphql/schema-types';
import type { Ward } from '../graphql/wards';
import { endsBeforeCollection, NOT_COLLECTED, type Collection } from './coverage-periods';
import { NO_FIGURE } from './format';

export const NOT_YET = 'not yet';

export const WARD_NOT_YET = 'ward did not exist yet';
export const WARD_ENDED = 'ward no longer existed';

export interface PeriodCell {
  /** e.g. "2012/13 Q1". */
  label: string;
  /** The figure; null is withheld ([c]) unless there are words. */
  value: number | null;
  /** Why there is no figure, when it is not withheld. */
  words?: string;
}

export interface PeriodContext {
  collection: Collection;
  /** The server's today: a period that starts after it has not begun. */
  today?: IsoDate;
  /** For a ward's figures: the days it was valid. */
  ward?: Pick<Ward, 'validFrom' | 'validTo'>;
  /** The periods the API listed as not collected. */
  notCollected?: readonly { label: string }[];
}

/** Whether a ward existed in a period: undefined when it did (for all or part of it), else the words for why not. */
export function wardAbsence(ward: Pick<Ward, 'validFrom' | 'validTo'>, range: { from: IsoDate; to: IsoDate }): string | undefined {
  if (range.to < ward.validFrom) return WARD_NOT_YET;
  if (ward.validTo !== null && range.from > ward.validTo) return WARD_ENDED;
  return undefined;
}

/** Why a period has no figure, or undefined when it should have one. */
export function absenceIn(label: string, range: { from: IsoDate; to: IsoDate }, context: PeriodContext): string | undefined {
  // Not begun, or begun after the last month with records (the quarter under way before its first file is in).
  if (context.today !== undefined && range.from > context.today) return NOT_YET;
  if (context.collection.lastMonth && range.from.slice(0, 7) > context.collection.lastMonth) return NOT_YET;
  const absent = context.ward ? wardAbsence(context.ward, range) : undefined;
  if (absent) return absent;
  if (endsBeforeCollection(range.to, context.collection) || context.notCollected?.some((period) => period.label === label)) return NOT_COLLECTED;
  return undefined;
}

/** The cell of one period from the API's rows: a figure, the words for why there is none, or "–" for a period the API left out. */
export function periodCell(
  label: string,
  range: { from: IsoDate; to: IsoDate },
  rows: readonly { period: { label: string } | null; value: number | null }[],
  context: PeriodContext,
): PeriodCell {
  const words = absenceIn(label, range, context);
  if (words) return { label, value: null, words };
  const row = rows.find((candidate) => candidate.period?.label === label);
  return row ? { label, value: row.value } : { label, value: null, words: NO_FIGURE };
}
