// The timeline's events and analysts' notes for a page's time charts: each page asks once, for the
// whole span of its charts, and each chart places the ones that fall within its own periods.
import { useQuery } from '@apollo/client/react';
import type { ChartAnnotation } from '../components/charts/annotation-marks';
import { ChartAnnotationsDocument } from './generated/graphql';
import type { IsoDate } from './schema-types';

export interface ChartAnnotations {
  annotations: readonly ChartAnnotation[];
  /** The events could not be had: charts still draw, and say the events are missing. */
  unavailable: boolean;
}

const NONE: readonly ChartAnnotation[] = [];

export function useChartAnnotations(range: { from: IsoDate; to: IsoDate }): ChartAnnotations {
  const { data, error } = useQuery(ChartAnnotationsDocument, { variables: { from: range.from, to: range.to } });
  return { annotations: data?.annotations ?? NONE, unavailable: error !== undefined };
}
