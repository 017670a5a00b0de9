// Typed handles on the measure page's operations. The .graphql files are checked against the API schema at
// build time; these result types mirror their selections.
import type { TypedDocumentNode } from '@apollo/client';
import type { ChartAnnotation } from '../../../components/charts/annotation-marks';
import type {
  AssuranceIcon,
  Dimension,
  IsoDate,
  LimitsStatus,
  MeasureUnit,
  Polarity,
  SpecialCause,
  VariationIcon,
} from '../../../graphql/schema-types';
import measureCatalogue from './measure-catalogue.graphql';
import spcChart from './spc-chart.graphql';

export interface CatalogueMeasure {
  id: string;
  label: string;
  description: string;
  unit: MeasureUnit;
  polarity: Polarity;
  dimensions: Dimension[];
}

export const MeasureCatalogueQuery = measureCatalogue as TypedDocumentNode<{ measures: CatalogueMeasure[] }, Record<string, never>>;

export interface SpcPointData {
  period: string;
  value: number;
  mean: number | null;
  upperLimit: number | null;
  lowerLimit: number | null;
  segment: number;
  limitsStatus: LimitsStatus;
  specialCauses: SpecialCause[];
}

export interface SeriesBreakData {
  id: string;
  startsOn: IsoDate;
  reason: string;
}

/** The chart's timeline events and analysts' notes, as every time chart takes them. */
export type AnnotationData = ChartAnnotation;

export interface SpcChartData {
  spcChart: {
    measure: { id: string; label: string; unit: MeasureUnit; polarity: Polarity };
    strand: string | null;
    ward: string | null;
    points: SpcPointData[];
    /** Months before the dataset was collected, e.g. "2011-04": no points. */
    notCollected: { label: string }[];
    variation: VariationIcon | null;
    assurance: AssuranceIcon | null;
    summary: string;
    breaks: SeriesBreakData[];
    annotations: AnnotationData[];
  };
}

export interface SpcChartVariables {
  measure: string;
  strand?: string | null;
  ward?: string | null;
  /** First day; absent, the API starts when the dataset began. */
  from?: IsoDate | null;
}

export const MeasureSpcChartQuery = spcChart as TypedDocumentNode<SpcChartData, SpcChartVariables>;
