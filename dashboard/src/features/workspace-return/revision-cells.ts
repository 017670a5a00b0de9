import { formatFigure, formatNumber } from '../../lib/format';
import type { FigureRevision } from './graphql/types';

/**
 * A revision's before, after and change as the return page writes them. A side with no figure (the
 * records gave none: a dataset's only import undone) reads "no figure", and then there is no change to work out.
 */
export function revisionCells({ oldValue, newValue, measure }: Pick<FigureRevision, 'oldValue' | 'newValue' | 'measure'>): { before: string; after: string; change: string } {
  const figure = (value: number | null) => (value === null ? 'no figure' : formatFigure(value, measure.unit));
  const change = oldValue === null || newValue === null ? null : newValue - oldValue;
  return { before: figure(oldValue), after: figure(newValue), change: change === null ? 'not comparable' : `${change > 0 ? '+' : ''}${formatNumber(change)}` };
}
