// Typed handles on the ward pages' operations. The .graphql files are checked against the API schema at
// build time; these result types mirror their selections.
import type { TypedDocumentNode } from '@apollo/client';
import type { Dimension, IsoDate, MeasureUnit } from '../../../graphql/schema-types';
import wardBoundaryEstimates from './ward-boundary-estimates.graphql';
import wardMapFigures from './ward-map-figures.graphql';
import wardMeasureFigures from './ward-measure-figures.graphql';
import wardMeasures from './ward-measures.graphql';
import wardStrands from './ward-strands.graphql';
import wardYearFigure from './ward-year-figure.graphql';

export interface WardMeasure {
  id: string;
  label: string;
  unit: MeasureUnit;
  dimensions: Dimension[];
}

export const WardMeasuresQuery = wardMeasures as TypedDocumentNode<{ measures: WardMeasure[] }, Record<string, never>>;

/** A figure as the API gives it: value null exactly when suppressed is true (shown as [c]). */
export interface Figure {
  value: number | null;
  suppressed: boolean;
}

export interface KeyedFigure extends Figure {
  key: { code: string; label: string }[];
}

export interface Total {
  total: number | null;
  suppressed: boolean;
}

export interface WardMapFiguresData {
  /** releasedThrough: set when the answer comes from a disclosure release (funders, councillors), null for live figures. */
  byWard: { releasedThrough: string | null; rows: KeyedFigure[] };
  borough: Total;
}

export const WardMapFiguresQuery = wardMapFigures as TypedDocumentNode<WardMapFiguresData, { measure: string; financialYear: string }>;

export interface QuarterFigure extends Figure {
  period: { label: string } | null;
}

export interface QuartersAnswer {
  notCollected: { label: string }[];
  rows: QuarterFigure[];
}

export interface WardMeasureFiguresData {
  ward: Total | null;
  borough: Total | null;
  wardByQuarter: QuartersAnswer | null;
  boroughByQuarter: QuartersAnswer | null;
}

export interface WardVariables {
  financialYear: string;
  ward: string;
}

export const WardMeasureFiguresQuery = wardMeasureFigures as TypedDocumentNode<WardMeasureFiguresData, WardVariables & { measure: string }>;

export interface WardStrandsData {
  ward: { rows: KeyedFigure[] } | null;
  borough: { rows: KeyedFigure[] } | null;
}

export const WardStrandsQuery = wardStrands as TypedDocumentNode<WardStrandsData, WardVariables>;

export const WardYearFigureQuery = wardYearFigure as TypedDocumentNode<{ figures: Total }, WardVariables & { measure: string }>;

export interface WardBoundaryEstimatesData {
  wardBoundaryEstimates: { estimated: boolean; rows: QuarterFigure[] };
}

export const WardBoundaryEstimatesQuery = wardBoundaryEstimates as TypedDocumentNode<
  WardBoundaryEstimatesData,
  { ward: string; measure: string; from: IsoDate; to: IsoDate }
>;
