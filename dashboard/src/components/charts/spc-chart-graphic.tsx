import { useId } from 'react';
import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import { annotationLines, MARKER_HEADROOM } from './annotation-lines';
import type { ChartMarker } from './annotation-marks';
import type { ChartGap } from './chart-types';
import { gapBands } from './gap-bands';
import { GapPattern } from './hatch-patterns';
import { axisColour, gridColour, spcColours } from './palette';
import type { SpcChartRow } from './spc-chart-types';
import { SpcPointMark } from './spc-point-mark';

// Not generic: React.lazy drops type parameters, and the rows have a fixed shape.
export interface SpcChartGraphicProps {
  rows: readonly SpcChartRow[];
  /** Annotations and breaks, keyed by period (placeMarks). */
  markers: readonly ChartMarker[];
  formatValue: (value: number) => string;
  formatPeriod: (period: string) => string;
  /** Months with no figure for a reason other than withholding ("not collected"): labelled hatched bands. */
  gaps?: readonly ChartGap[];
}

const tickStyle = { fill: axisColour, fontSize: 14 };
const MEAN_COLOUR = spcColours.mean;
const LIMIT_COLOUR = spcColours.limit;

/** Each baseline's mean and limits as separate series, so the lines stop at a break instead of joining across it. */
function bySegment(rows: readonly SpcChartRow[]) {
  const segments = [...new Set(rows.filter((row) => row.gap === undefined).map((row) => row.segment))];
  const data = rows.map((row) => ({
    ...row,
    [`mean${row.segment}`]: row.mean,
    [`upper${row.segment}`]: row.upperLimit,
    [`lower${row.segment}`]: row.lowerLimit,
  }));
  return { segments, data };
}

function PointDot({ cx, cy, payload, index }: DotItemDotProps) {
  if (typeof cx !== 'number' || typeof cy !== 'number') return null;
  return <SpcPointMark key={index} kind={(payload as SpcChartRow).kind} cx={cx} cy={cy} />;
}

/**
 * An XmR chart: the monthly values, each baseline's mean and process limits, special-cause
 * points marked, and vertical lines for annotations and series breaks. Hidden from assistive
 * technology: the table beside it carries the same figures.
 */
export function SpcChartGraphic({ rows, markers, formatValue, formatPeriod, gaps = [] }: SpcChartGraphicProps) {
  const { segments, data } = bySegment(rows);
  const patternId = `spc${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  return (
    <ComposedChart
      responsive
      style={{ width: '100%', height: 380 }}
      data={data}
      margin={{ top: MARKER_HEADROOM + 2, right: 16, bottom: 8, left: 8 }}
      // Its keyboard layer would put focusable content inside an aria-hidden region.
      accessibilityLayer={false}
    >
      <defs>
        <GapPattern id={patternId} />
      </defs>
      <CartesianGrid vertical={false} stroke={gridColour} />
      <XAxis
        dataKey="period"
        tick={tickStyle}
        stroke={axisColour}
        tickFormatter={formatPeriod}
        interval="preserveStartEnd"
        minTickGap={24}
        height={40}
        // Keeps a first month's event number clear of the y axis's top label.
        padding={{ left: 20, right: 12 }}
      />
      <YAxis tick={tickStyle} stroke={axisColour} tickFormatter={formatValue} width={56} domain={['auto', 'auto']} />
      {gapBands(gaps, patternId)}
      <Tooltip
        labelFormatter={(label) => formatPeriod(String(label))}
        formatter={(value, _name, item) => (typeof value === 'number' ? formatValue(value) : ((item.payload as SpcChartRow).gap ?? ''))}
      />
      {segments.flatMap((segment) => [
        <Line key={`mean${segment}`} dataKey={`mean${segment}`} name="Mean" stroke={MEAN_COLOUR} strokeWidth={1.5} dot={false} activeDot={false} isAnimationActive={false} />,
        <Line key={`upper${segment}`} dataKey={`upper${segment}`} name="Upper process limit" stroke={LIMIT_COLOUR} strokeDasharray="6 4" dot={false} activeDot={false} isAnimationActive={false} />,
        <Line key={`lower${segment}`} dataKey={`lower${segment}`} name="Lower process limit" stroke={LIMIT_COLOUR} strokeDasharray="6 4" dot={false} activeDot={false} isAnimationActive={false} />,
      ])}
      <Line dataKey="value" name="Value" stroke={spcColours.common} strokeWidth={1.5} dot={PointDot} activeDot={false} isAnimationActive={false} />
      {annotationLines(markers)}
    </ComposedChart>
  );
}

export default SpcChartGraphic;
