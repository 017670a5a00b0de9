import { GraphQLError } from 'graphql';
import type { FigureRowData } from './figures.service';
import { periodsBetween, type Granularity, type PeriodRange } from '../shared/financial-periods';

/** The code a script can test for: the period asked for lies wholly after today. */
export const NOT_YET_BEGUN = 'NOT_YET_BEGUN';

/** A request for a period that starts after today is refused, naming the argument that set its start: nothing can be counted yet, and a 0 would say it was quiet. */
export function notYetBegunError(argument: string, from: string, today: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": the period asked for begins on ${from}, after today (${today}); nothing has been recorded for it yet`, {
    extensions: { code: NOT_YET_BEGUN, argument, today },
  });
}

/**
 * The periods of the granularity asked for that begin after today, and the rows left once theirs
 * are taken out. Records are never dated in the future (the importer refuses them), so such a row
 * can only be the 0 a time series fills a quiet period with: for a period to come that 0 is not
 * true. A period under way keeps its row (what has been recorded so far).
 */
export function beganPart(rows: FigureRowData[], granularity: Granularity | null, range: { from: string; to: string }, today: string): { rows: FigureRowData[]; notYetBegun: PeriodRange[] } {
  if (!granularity) return { rows, notYetBegun: [] };
  const notYetBegun = periodsToCome(granularity, range, today);
  if (notYetBegun.length === 0) return { rows, notYetBegun };
  const toCome = new Set(notYetBegun.map((period) => period.start));
  return { rows: rows.filter((row) => !row.period || !toCome.has(row.period.start)), notYetBegun };
}

/** The periods of [from, to] by `granularity` that begin after today, in order (none once `to` has passed). */
export function periodsToCome(granularity: Granularity, range: { from: string; to: string }, today: string): PeriodRange[] {
  if (range.to <= today) return [];
  return periodsBetween(granularity, range.from, range.to).filter((period) => period.start > today);
}
