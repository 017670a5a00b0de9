// The one palette every chart draws from: GOV.UK colours, each at least 3:1 against white.
export const chartPalette = {
  blue: '#1d70b8',
  orange: '#f47738',
  purple: '#4c2c92',
  green: '#00703c',
  red: '#d4351c',
  turquoise: '#28a197',
} as const;

export type ChartColour = (typeof chartPalette)[keyof typeof chartPalette];

/** Series colours in the order series are drawn. */
export const seriesColours: readonly ChartColour[] = Object.values(chartPalette);

/** Words drawn on a chart: markers' numbers, a gap's label. */
export const textColour = '#0b0c0c';
export const axisColour = '#505a5f';
export const gridColour = '#b1b4b6';

export function seriesColour(index: number): ChartColour {
  return seriesColours[index % seriesColours.length] ?? chartPalette.blue;
}
