// Where each quarter of a return stands: published (when, by whom), finished and ready to publish, or not over yet.
import type { IsoDate } from '../../graphql/schema-types';
import { QUARTERS, quarterLabel, quarterRange, type Quarter } from '../../lib/financial-periods';
import type { QuarterlyReturn } from './graphql/types';

export type QuarterState =
  | { quarter: Quarter; label: string; state: 'published'; publishedAt: string | null; publishedBy: string | null }
  | { quarter: Quarter; label: string; state: 'ready' | 'not-ended' };

export function quarterStates(data: QuarterlyReturn, today: IsoDate): QuarterState[] {
  return QUARTERS.map((quarter) => {
    const label = quarterLabel(data.financialYear, quarter);
    const published = data.lines.map((line) => line.cells[quarter - 1]).find((cell) => cell?.published);
    if (published) return { quarter, label, state: 'published', publishedAt: published.publishedAt, publishedBy: published.publishedBy };
    // The server's rule: a quarter can be published once its last day is before today.
    const ended = (quarterRange(label)?.to ?? today) < today;
    return { quarter, label, state: ended ? 'ready' : 'not-ended' };
  });
}
