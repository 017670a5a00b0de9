import { useQuery } from '@apollo/client/react';
import { describeError } from '../../../lib/describe-error';
import { formatFigure } from '../../../lib/format';
import { HeadlineFigureQuery, type HomeMeasure } from '../graphql/documents';

/** One measure's figure for the year; each card loads (and can fail) on its own. */
export function HeadlineCard({ measure, financialYear }: { measure: HomeMeasure; financialYear: string }) {
  const { data, loading, error } = useQuery(HeadlineFigureQuery, { variables: { measure: measure.id, financialYear } });

  return (
    <li className="app-card">
      <h3 className="app-card__label">{measure.label}</h3>
      {error ? (
        <p className="app-card__problem">Not available. {describeError(error)}</p>
      ) : loading || !data ? (
        <p className="app-card__value app-card__value--loading">
          <span className="app-visually-hidden">Loading</span>
          <span aria-hidden="true">…</span>
        </p>
      ) : (
        <p className="app-card__value">{formatFigure(data.figures.total, measure.unit)}</p>
      )}
      <p className="app-card__description">{measure.description}</p>
    </li>
  );
}
