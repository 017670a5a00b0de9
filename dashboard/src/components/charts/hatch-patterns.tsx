// The two hatchings every chart shares, so a gap and an estimate look the same wherever they are drawn:
// grey diagonal lines for a period with no figure ("not collected"), and the series' colour in
// lines for an estimate. Patterns live in the chart's <defs>; ids are the chart's own (useId).
import { backgroundColour, gapLineColour, highlightColour } from './palette';

/** Grey hatching for a band with no figures. */
export function GapPattern({ id }: { id: string }) {
  return (
    <pattern id={`${id}-gap`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="8" height="8" fill={highlightColour} />
      <line x1="0" y1="0" x2="0" y2="8" stroke={gapLineColour} strokeWidth="3" />
    </pattern>
  );
}

export const gapFill = (id: string) => `url(#${id}-gap)`;

/** Hatching in a series' colour on white, for bars that are estimates. */
export function HatchPattern({ id, colour }: { id: string; colour: string }) {
  return (
    <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={backgroundColour} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="3" />
    </pattern>
  );
}

export const hatchFill = (id: string) => `url(#${id}-hatch)`;
