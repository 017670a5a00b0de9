import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { WardMeasureFiguresDocument } from '../../../graphql/generated/graphql';
import type { QuarterFigure, QuartersAnswer, Total } from '../graphql/types';
import { figureKind, type WardFigure } from '../ward-figures';

/** True when the API refused the request for this person (a councillor asking about another ward). */
export function isForbidden(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'FORBIDDEN');
}

/**
 * The ward's figure for the year. A rate with nobody to base it on has no quarters at all (the API
 * lists every quarter of a count, quiet ones as 0, but leaves out a rate's empty ones) and is no
 * figure, whatever its total says: the API gives such a total as 0.
 */
function wardFigure(total: Total, quarters: readonly QuarterFigure[] | undefined): WardFigure {
  if (!total.suppressed && quarters?.length === 0) return { kind: 'no-figure' };
  return figureKind({ value: total.total, suppressed: total.suppressed });
}

export interface WardMeasureFigures {
  loading: boolean;
  error: unknown;
  forbidden: boolean;
  /** Undefined while loading, or when the ward's figure could not be had. */
  ward: WardFigure | undefined;
  borough: Total | undefined;
  wardQuarters: readonly QuarterFigure[];
  boroughQuarters: readonly QuarterFigure[];
  /** The quarters the API listed as not collected (the same for the ward and the borough). */
  notCollected: QuartersAnswer['notCollected'];
}

/**
 * One measure for a ward and for the borough. Errors on the ward's fields still leave the
 * borough's figures (errorPolicy "all"), which a briefing falls back on.
 */
export function useWardMeasureFigures(measure: string, financialYear: string, ward: string): WardMeasureFigures {
  const { data, loading, error } = useQuery(WardMeasureFiguresDocument, { variables: { measure, financialYear, ward }, errorPolicy: 'all' });
  return {
    loading,
    error,
    forbidden: isForbidden(error),
    ward: data?.ward ? wardFigure(data.ward, data.wardByQuarter?.rows) : undefined,
    borough: data?.borough ?? undefined,
    wardQuarters: data?.wardByQuarter?.rows ?? [],
    boroughQuarters: data?.boroughByQuarter?.rows ?? [],
    notCollected: data?.boroughByQuarter?.notCollected ?? data?.wardByQuarter?.notCollected ?? [],
  };
}
