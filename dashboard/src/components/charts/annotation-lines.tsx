import { ReferenceLine } from 'recharts';
import type { ChartMarker } from './annotation-marks';
import { axisColour, backgroundColour, textColour } from './palette';

const EVENT_COLOUR = textColour;
// Above recharts' bars (300), lines (400) and axes (500), so no marker hides behind a bar or the y axis.
const MARKER_Z_INDEX = 600;

/** The room a numbered marker needs above the plot, in pixels: charts add it to their top margin. */
export const MARKER_HEADROOM = 26;

interface LineShapeProps {
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
}

interface LabelProps {
  viewBox?: { x?: number; y?: number };
  text: string;
}

/** The number at the top of a line, boxed like the list's numbers beneath the chart. */
function MarkerNumber({ viewBox, text }: LabelProps) {
  if (typeof viewBox?.x !== 'number' || typeof viewBox.y !== 'number') return null;
  const width = 7.5 * text.length + 10;
  return (
    <g className="app-annotation-number">
      <rect x={viewBox.x - width / 2} y={viewBox.y - 22} width={width} height={19} fill={backgroundColour} stroke={EVENT_COLOUR} strokeWidth={1.5} />
      <text x={viewBox.x} y={viewBox.y - 8} textAnchor="middle" fontSize={13} fontWeight={700} fill={EVENT_COLOUR}>
        {text}
      </text>
    </g>
  );
}

/** The line itself, carrying its period and numbers so a test (or a person with dev tools) can tell which marker it is. */
function markerLine(marker: ChartMarker, tick: boolean) {
  return function MarkerLine({ x1, y1, x2, y2 }: LineShapeProps) {
    if (![x1, y1, x2, y2].every((n) => typeof n === 'number' && Number.isFinite(n))) return <g />;
    const bottom = Math.max(y1 as number, y2 as number);
    const top = tick ? bottom - 7 : Math.min(y1 as number, y2 as number);
    const isBreak = marker.kind === 'break';
    return (
      <line
        className="app-annotation-line"
        data-period={marker.key}
        data-label={marker.label}
        x1={x1}
        x2={x2}
        y1={top}
        y2={bottom}
        stroke={isBreak || tick ? EVENT_COLOUR : axisColour}
        strokeWidth={isBreak || tick ? 2 : 1.5}
        strokeDasharray={isBreak || tick ? undefined : '4 3'}
      />
    );
  };
}

/**
 * The vertical lines for a chart's events, to place among its recharts children: `{annotationLines(layer.markers)}`.
 * A function, not a component, so that the lines are the chart's direct children whichever recharts reads them.
 * `tick` draws a short unnumbered tick at the foot of the plot, for sparklines too small for numbers.
 */
export function annotationLines(markers: readonly ChartMarker[], { tick = false }: { tick?: boolean } = {}) {
  return markers.map((marker) => (
    <ReferenceLine
      key={`annotation-${marker.key}`}
      x={marker.key}
      zIndex={MARKER_Z_INDEX}
      ifOverflow="visible"
      shape={markerLine(marker, tick)}
      label={tick ? undefined : <MarkerNumber text={marker.label} />}
    />
  ));
}
