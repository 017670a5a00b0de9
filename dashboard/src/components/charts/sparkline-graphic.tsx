import { Line, LineChart, XAxis, YAxis } from 'recharts';
import { annotationLines } from './annotation-lines';
import type { ChartMarker } from './annotation-marks';
import { chartPalette } from './palette';

export interface SparklinePoint {
  /** The period, e.g. "2012-04": where markers are placed. */
  key: string;
  value: number | null;
}

export interface SparklineGraphicProps {
  points: readonly SparklinePoint[];
  /** Events, drawn as short ticks at the foot of the line. */
  markers: readonly ChartMarker[];
  width: number;
  height: number;
}

/** A tiny line without axes or labels: the shape of a series at a glance. */
export function SparklineGraphic({ points, markers, width, height }: SparklineGraphicProps) {
  return (
    <LineChart
      width={width}
      height={height}
      data={[...points]}
      margin={{ top: 3, right: 3, bottom: 3, left: 3 }}
      accessibilityLayer={false}
    >
      <XAxis hide dataKey="key" />
      <YAxis hide domain={['dataMin', 'dataMax']} />
      <Line dataKey="value" stroke={chartPalette.blue} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
      {annotationLines(markers, { tick: true })}
    </LineChart>
  );
}

export default SparklineGraphic;
