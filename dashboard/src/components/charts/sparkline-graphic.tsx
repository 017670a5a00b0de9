import { Line, LineChart, YAxis } from 'recharts';
import { chartPalette } from './palette';

export interface SparklineGraphicProps {
  values: readonly (number | null)[];
  width: number;
  height: number;
}

/** A tiny line without axes or labels: the shape of a series at a glance. */
export function SparklineGraphic({ values, width, height }: SparklineGraphicProps) {
  const data = values.map((value, index) => ({ index, value }));
  return (
    <LineChart width={width} height={height} data={data} margin={{ top: 3, right: 3, bottom: 3, left: 3 }} accessibilityLayer={false}>
      <YAxis hide domain={['dataMin', 'dataMax']} />
      <Line dataKey="value" stroke={chartPalette.blue} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
    </LineChart>
  );
}

export default SparklineGraphic;
