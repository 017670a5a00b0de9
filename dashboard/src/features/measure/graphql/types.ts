// Names for the parts of the measure page's answers that its components and SPC rows take; generated from the .graphql files.
import type { MeasureCatalogueQuery, MeasureSpcChartQuery } from '../../../graphql/generated/graphql';

export type CatalogueMeasure = MeasureCatalogueQuery['measures'][number];

type SpcChart = MeasureSpcChartQuery['spcChart'];

export type SpcPointData = SpcChart['points'][number];

export type SpecialCause = SpcPointData['specialCauses'][number];

export type SeriesBreakData = SpcChart['breaks'][number];

/** The chart's timeline events and analysts' notes, as every time chart takes them. */
export type AnnotationData = SpcChart['annotations'][number];
