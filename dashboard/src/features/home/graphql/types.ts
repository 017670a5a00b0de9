// Names for the overview's answers where a component takes one part of them; generated from its .graphql files.
import type { HomeMeasuresQuery, YearByQuarterFragment } from '../../../graphql/generated/graphql';

export type HomeMeasure = HomeMeasuresQuery['measures'][number];

/** A year by quarter; a year not asked for (wholly before collection) is absent from the answer. */
export type YearByQuarter = YearByQuarterFragment;
