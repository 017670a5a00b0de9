// The one palette: every colour the dashboard draws or styles with, named for what it means. GOV.UK
// colours throughout. Charts and icons read these constants; stylesheets read the same colours as CSS
// custom properties (styles/palette.css, kept equal to `cssColours` below by palette.test.ts).

/** GOV.UK's colours by their own names: the raw material the meanings below are made of. */
const govuk = {
  black: '#0b0c0c',
  darkGrey: '#505a5f',
  secondaryGrey: '#6f777b',
  midGrey: '#b1b4b6',
  lightGrey: '#f3f2f1',
  white: '#ffffff',
  blue: '#1d70b8',
  darkBlue: '#003078',
  purple: '#4c2c92',
  yellow: '#ffdd00',
  red: '#d4351c',
  green: '#00703c',
  orange: '#f47738',
  darkOrange: '#b14a00',
  turquoise: '#28a197',
} as const;

// ---------- Charts ----------

/** Series colours: each at least 3:1 against white. */
export const chartPalette = {
  blue: govuk.blue,
  orange: govuk.orange,
  purple: govuk.purple,
  green: govuk.green,
  red: govuk.red,
  turquoise: govuk.turquoise,
} as const;

export type ChartColour = (typeof chartPalette)[keyof typeof chartPalette];

/** Series colours in the order series are drawn. */
export const seriesColours: readonly ChartColour[] = Object.values(chartPalette);

/** Words drawn on a chart: markers' numbers, a gap's label. */
export const textColour = govuk.black;
export const axisColour = govuk.darkGrey;
export const gridColour = govuk.midGrey;
/** What a chart is drawn on: marker boxes, the white between hatch lines, an icon's face. */
export const backgroundColour = govuk.white;
/** The band behind the bar under the pointer, and the ground of a gap's hatching. */
export const highlightColour = govuk.lightGrey;
/** A gap's hatch lines (a period with no figure). */
export const gapLineColour = govuk.midGrey;

export function seriesColour(index: number): ChartColour {
  return seriesColours[index % seriesColours.length] ?? chartPalette.blue;
}

/**
 * SPC: each kind of point, and the icons' colours, as NHS "Making Data Count" uses them: blue
 * improvement, orange concern, purple unusual either way, grey nothing unusual.
 */
export const spcColours = {
  improvement: govuk.blue,
  concern: govuk.darkOrange,
  neither: govuk.purple,
  /** Points and the line joining them: lighter than the mean so the signals stand out. */
  common: govuk.secondaryGrey,
  /** The icons' "nothing unusual" and "hit and miss": darker, for 4.5:1 as text. */
  commonIcon: govuk.darkGrey,
  mean: govuk.black,
  limit: govuk.darkGrey,
} as const;

/** The ward map's classes: five shades of one blue, lightest for the smallest values, each with text that reads on it (4.5:1). */
export const choroplethShades: readonly { fill: string; text: string }[] = [
  { fill: '#deebf7', text: govuk.black },
  { fill: '#9ecae1', text: govuk.black },
  { fill: '#4292c6', text: govuk.black },
  { fill: '#08519c', text: govuk.white },
  { fill: '#08306b', text: govuk.white },
];

// ---------- Pages (the stylesheets' custom properties) ----------

/** GOV.UK's tag colours: a light ground with dark text (at least 4.5:1) for each status. */
const tags = {
  green: { background: '#cce2d8', text: '#005a30' },
  yellow: { background: '#fff7bf', text: '#594d00' },
  red: { background: '#f4cdc6', text: '#2a0b06' },
  grey: { background: '#e5e6e7', text: '#282d30' },
  blue: { background: '#bbd4ea', text: '#0c2d4a' },
  orange: { background: '#fcd6c3', text: '#6e3619' },
} as const;

/**
 * Every colour the stylesheets use, by custom-property name (`var(--app-text)`). A function, so the
 * bundle leaves it out: only palette.test.ts reads it, to hold styles/palette.css to it.
 */
export function cssColours() {
  return {
    '--app-text': govuk.black,
    '--app-secondary-text': govuk.darkGrey,
    '--app-border': govuk.midGrey,
    '--app-light-grey': govuk.lightGrey,
    '--app-background': govuk.white,
    /** Words on a dark ground: the header, a button. */
    '--app-inverse-text': govuk.white,
    /** The dark edge of a map tile or key swatch. */
    '--app-outline': govuk.darkGrey,
    '--app-link': govuk.blue,
    '--app-link-hover': govuk.darkBlue,
    '--app-link-visited': govuk.purple,
    '--app-focus': govuk.yellow,
    '--app-focus-text': govuk.black,
    '--app-error': govuk.red,
    '--app-brand': govuk.blue,
    /** Words and rules in print: pure black, which every printer has. */
    '--app-print': '#000000',
    '--app-success': govuk.green,
    '--app-button': govuk.green,
    '--app-button-hover': '#005a30',
    '--app-button-shadow': '#002d18',
    '--app-button-secondary-hover': '#dbdad9',
    '--app-button-secondary-shadow': '#929191',
    '--app-button-warning': govuk.red,
    '--app-button-warning-hover': '#aa2a16',
    '--app-button-warning-shadow': '#55150b',
    /** A warning in words (a "Remove" link): the red darkened to 4.5:1 as text. */
    '--app-warning-text': '#aa2a16',
    /** The darker stripe of a tile or swatch with no figure to show. */
    '--app-hatch': '#dcdcdc',
    '--app-tag-green': tags.green.background,
    '--app-tag-green-text': tags.green.text,
    '--app-tag-yellow': tags.yellow.background,
    '--app-tag-yellow-text': tags.yellow.text,
    '--app-tag-red': tags.red.background,
    '--app-tag-red-text': tags.red.text,
    '--app-tag-grey': tags.grey.background,
    '--app-tag-grey-text': tags.grey.text,
    '--app-tag-blue': tags.blue.background,
    '--app-tag-blue-text': tags.blue.text,
    '--app-tag-orange': tags.orange.background,
    '--app-tag-orange-text': tags.orange.text,
  } as const;
}
