import { useQueryParam } from '../../../app/router';
import type { Dimension } from '../../../graphql/generated/graphql';

export interface SeriesFilterState {
  /** A Gaia strand code, when the measure has strands and one is chosen. */
  strand: string | null;
  /** A ward's GSS code, when the measure has wards and one is chosen. */
  ward: string | null;
  setStrand: (code: string | null) => void;
  setWard: (code: string | null) => void;
}

/** The strand and ward chosen for a measure's chart, kept in the address (?strand=…&ward=…) so a view can be shared. */
export function useSeriesFilter(dimensions: readonly Dimension[]): SeriesFilterState {
  const [strand, setStrand] = useQueryParam('strand');
  const [ward, setWard] = useQueryParam('ward');
  return {
    // A measure without the dimension ignores a stale choice in the address.
    strand: dimensions.includes('STRAND') ? strand : null,
    ward: dimensions.includes('WARD') ? ward : null,
    setStrand,
    setWard,
  };
}
