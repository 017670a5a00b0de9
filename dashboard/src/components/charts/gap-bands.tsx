import { ReferenceArea } from 'recharts';
import type { ChartGap } from './chart-types';
import { gapFill } from './hatch-patterns';
import { axisColour, textColour } from './palette';
import './charts.css';

/**
 * The hatched bands over periods with no figures ("not collected", "ward did not exist yet"), the
 * same on every chart. A function, not a component: recharts draws only its own elements when they
 * are the chart's direct children. `extendDomain` lets a band reach past the last bar.
 */
export function gapBands(gaps: readonly ChartGap[], patternId: string, { extendDomain = false }: { extendDomain?: boolean } = {}) {
  return gaps.map((gap) => (
    <ReferenceArea
      key={`gap-${gap.from}`}
      className="app-chart-gap"
      x1={gap.from}
      x2={gap.to}
      fill={gapFill(patternId)}
      stroke={axisColour}
      strokeDasharray="3 3"
      {...(extendDomain ? { ifOverflow: 'extendDomain' as const } : {})}
      label={{ value: gap.words, position: 'insideTop', fill: textColour, fontSize: 14 }}
    />
  ));
}
