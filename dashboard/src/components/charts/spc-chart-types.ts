// The shapes an SPC (XmR) chart draws from; the chart knows nothing of where they came from.
import { spcColours } from './palette';

/** What a point says: nothing unusual, or special cause that is good, bad, or neither (no target direction). */
export type SpcPointKind = 'common' | 'improvement' | 'concern' | 'neither';

export interface SpcChartRow {
  /** The category on the x axis, e.g. "2012-04". */
  period: string;
  /** Null only for a month with words instead (`gap`): no point is drawn. */
  value: number | null;
  mean: number | null;
  upperLimit: number | null;
  lowerLimit: number | null;
  /** Which baseline the point belongs to; limits are drawn per baseline. */
  segment: number;
  kind: SpcPointKind;
  /** Words for a month with no figure for a reason other than withholding, e.g. "not collected". */
  gap?: string;
}

/** Colour AND shape per kind, so no reader depends on telling colours apart. */
export const SPC_POINT_STYLES: Record<SpcPointKind, { colour: string; shape: 'circle' | 'diamond' | 'square' | 'triangle'; label: string }> = {
  common: { colour: spcColours.common, shape: 'circle', label: 'Common cause: nothing unusual' },
  improvement: { colour: spcColours.improvement, shape: 'diamond', label: 'Special cause: improvement' },
  concern: { colour: spcColours.concern, shape: 'square', label: 'Special cause: concern' },
  neither: { colour: spcColours.neither, shape: 'triangle', label: 'Special cause: unusually high or low' },
};
