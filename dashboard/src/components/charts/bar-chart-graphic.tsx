import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { annotationLines, MARKER_HEADROOM } from './annotation-lines';
import type { ChartMarker } from './annotation-marks';
import type { ChartGap, ChartRow } from './chart-types';
import { gapBands } from './gap-bands';
import { GapPattern, HatchPattern, hatchFill } from './hatch-patterns';
import { axisColour, gridColour, highlightColour, seriesColour } from './palette';

// Not generic: React.lazy drops type parameters, and by here the keys have been checked by the caller.
export interface BarChartGraphicProps {
  data: readonly ChartRow[];
  indexKey: string;
  categories: readonly { key: string; label: string; estimate?: boolean }[];
  formatTick: (value: number) => string;
  /** What the tooltip says for a cell: its figure, "[c]", or words such as "not collected". */
  cellText: (row: ChartRow, key: string) => string;
  /** Pixels; small multiples draw smaller. Horizontal bars grow with the number of rows instead. */
  height?: number;
  /** Bars running left to right, one row each: for long labels such as strand names. */
  horizontal?: boolean;
  /** Events to mark with numbered vertical lines, keyed by the index value of their period (vertical bars only). */
  markers?: readonly ChartMarker[];
  /** Periods with no figure for a reason other than withholding, drawn as labelled hatched bands (vertical bars only). */
  gaps?: readonly ChartGap[];
}

const tickStyle = { fill: axisColour, fontSize: 14 };

/**
 * The drawing only: loaded on demand (recharts is the heaviest dependency) and hidden from
 * assistive technology, because the table beside it carries the same figures.
 */
export function BarChartGraphic({ data, indexKey, categories, formatTick, cellText, height = 340, horizontal = false, markers = [], gaps = [] }: BarChartGraphicProps) {
  // Pattern ids go into url(#…): keep only characters that need no escaping there.
  const patternId = `chart${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const manyPoints = data.length > 6;
  const marked = !horizontal && markers.length > 0;
  const valueAxis = { tick: tickStyle, stroke: axisColour, tickFormatter: (value: number) => formatTick(value), allowDecimals: false } as const;
  return (
    <BarChart
      responsive
      style={{ width: '100%', height: horizontal ? Math.max(height, 40 * data.length + 50) : height }}
      data={[...data]}
      layout={horizontal ? 'vertical' : 'horizontal'}
      margin={{ top: marked ? MARKER_HEADROOM : 8, right: 16, bottom: 8, left: 8 }}
      // Its keyboard layer would put focusable content inside an aria-hidden region.
      accessibilityLayer={false}
    >
      <defs>
        <GapPattern id={patternId} />
        {categories.map((category, index) => category.estimate && <HatchPattern key={category.key} id={`${patternId}-${index}`} colour={seriesColour(index)} />)}
      </defs>
      <CartesianGrid vertical={horizontal} horizontal={!horizontal} stroke={gridColour} />
      {horizontal ? (
        <>
          <XAxis type="number" {...valueAxis} />
          <YAxis type="category" dataKey={indexKey} tick={tickStyle} stroke={axisColour} interval={0} width={170} />
        </>
      ) : (
        <>
          <XAxis
            dataKey={indexKey}
            tick={tickStyle}
            stroke={axisColour}
            interval={0}
            angle={manyPoints ? -45 : 0}
            textAnchor={manyPoints ? 'end' : 'middle'}
            height={manyPoints ? 80 : 30}
          />
          <YAxis {...valueAxis} width={56} />
        </>
      )}
      {!horizontal && gapBands(gaps, patternId, { extendDomain: true })}
      {/* filterNull off: a withheld bar's tooltip must say "[c]" (and a gap its words), not vanish. */}
      <Tooltip
        filterNull={false}
        cursor={{ fill: highlightColour }}
        formatter={(_value, _name, item) => cellText(item.payload as ChartRow, String(item.dataKey))}
      />
      {categories.map((category, index) =>
        category.estimate ? (
          <Bar key={category.key} dataKey={category.key} name={category.label} fill={hatchFill(`${patternId}-${index}`)} stroke={seriesColour(index)} strokeWidth={2} strokeDasharray="5 3" isAnimationActive="auto" />
        ) : (
          <Bar key={category.key} dataKey={category.key} name={category.label} fill={seriesColour(index)} isAnimationActive="auto" />
        ),
      )}
      {marked && annotationLines(markers)}
    </BarChart>
  );
}

export default BarChartGraphic;
