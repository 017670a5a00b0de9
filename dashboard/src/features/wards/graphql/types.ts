// Names for the parts of the ward pages' answers that their components and hooks share; generated from the .graphql files.
import type {
  WardMapFiguresQuery,
  WardMeasuresQuery,
  QuarterValuesFragment,
  WardTotalFragment,
} from '../../../graphql/generated/graphql';

export type WardMeasure = WardMeasuresQuery['measures'][number];

/** A figure as the API gives it by ward or strand: value null exactly when suppressed is true (shown as [c]). */
export type KeyedFigure = WardMapFiguresQuery['byWard']['rows'][number];

export type Figure = Pick<KeyedFigure, 'value' | 'suppressed'>;

export type Total = WardTotalFragment;

export type QuartersAnswer = QuarterValuesFragment;

export type QuarterFigure = QuartersAnswer['rows'][number];
