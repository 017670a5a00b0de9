import { useQuery } from '@apollo/client/react';
import { HeadlineFigureDocument, type HeadlineFigureQuery } from '../../../graphql/generated/graphql';
import { endsBeforeCollection, NOT_COLLECTED, type Collection } from '../../../lib/coverage-periods';
import { describeError, isNotCollected } from '../../../lib/describe-error';
import { financialYearRange, quarterLabel, quarterRange } from '../../../lib/financial-periods';
import { formatFigure, NO_FIGURE } from '../../../lib/format';
import { periodCell } from '../../../lib/period-cells';
import type { HomeMeasure } from '../graphql/types';
import type { HeadlinePeriod } from './headline-figures';

/** The quarter's figure in the measure's unit, or words: "not collected", "–" (no figure); "[c]" when withheld. */
function quarterFigure(data: HeadlineFigureQuery, label: string, collection: Collection, measure: HomeMeasure): string {
  const range = quarterRange(label);
  if (!range) return NO_FIGURE;
  const cell = periodCell(label, range, data.figures.rows, { collection, notCollected: data.figures.notCollected });
  return cell.words ?? formatFigure(cell.value, measure.unit);
}

/** One measure's figure for the quarter, and the year's beside it; each card loads (and can fail) on its own. */
export function HeadlineCard({ measure, period, collection }: { measure: HomeMeasure; period: HeadlinePeriod; collection: Collection }) {
  const { financialYear, quarter } = period;
  // A year wholly before collection is not asked for: the API would refuse it, and the card already knows.
  const uncollectedYear = endsBeforeCollection(financialYearRange(financialYear).to, collection);
  const { data, loading, error } = useQuery(HeadlineFigureDocument, { variables: { measure: measure.id, financialYear }, skip: uncollectedYear });
  const label = quarterLabel(financialYear, quarter);
  const notCollected = uncollectedYear || isNotCollected(error);
  const figure = data ? quarterFigure(data, label, collection, measure) : '';

  return (
    <li className="app-card">
      <h3 className="app-card__label">{measure.label}</h3>
      {notCollected ? (
        <p className="app-card__value app-card__value--words">{NOT_COLLECTED}</p>
      ) : error ? (
        <p className="app-card__problem">Not available. {describeError(error)}</p>
      ) : loading || !data ? (
        <p className="app-card__value app-card__value--loading">
          <span className="app-visually-hidden">Loading</span>
          <span aria-hidden="true">…</span>
        </p>
      ) : (
        <>
          <p className={`app-card__value${figure === NOT_COLLECTED ? ' app-card__value--words' : ''}`}>
            {figure}
            <span className="app-visually-hidden"> in {label}</span>
          </p>
          <p className="app-card__year">
            {period.yearLabel}: <strong>{formatFigure(data.figures.total, measure.unit)}</strong>
          </p>
        </>
      )}
      <p className="app-card__description">{measure.description}</p>
    </li>
  );
}
