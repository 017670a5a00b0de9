import { useQuery } from '@apollo/client/react';
import { WardMeasuresDocument } from '../../../graphql/generated/graphql';
import type { WardMeasure } from '../graphql/types';

/** The measures that can be broken down by ward, in the catalogue's order. */
export function useWardMeasures(): { measures: WardMeasure[]; loading: boolean; error: unknown } {
  const { data, loading, error } = useQuery(WardMeasuresDocument);
  const measures = (data?.measures ?? []).filter((measure) => measure.dimensions.includes('WARD'));
  return { measures, loading, error };
}
