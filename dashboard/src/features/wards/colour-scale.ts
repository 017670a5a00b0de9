// The tile map's colour classes: up to five shades of one blue, lightest for the smallest values,
// each with the text colour that reads on it (at least 4.5:1). The value is printed on every tile
// too, so the colour only repeats what the number says.
import { choroplethShades } from '../../components/charts/palette';
import type { MeasureUnit } from '../../graphql/generated/graphql';
import { formatNumber } from '../../lib/format';

export interface ColourClass {
  fill: string;
  text: string;
  /** The legend's words, e.g. "10 to 19" or "20% to under 40%". */
  label: string;
}

export interface ColourScale {
  classes: readonly ColourClass[];
  classOf(value: number): ColourClass;
}

const SHADES = choroplethShades;
const MAX_CLASSES = SHADES.length;

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above x. */
function niceCeil(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  const fraction = x / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Spreads n classes across the shades, so two classes are light and dark rather than two lights. */
function shadesFor(count: number) {
  if (count === 1) return [SHADES[0] as (typeof SHADES)[number]];
  return Array.from({ length: count }, (_, i) => SHADES[Math.round((i * (MAX_CLASSES - 1)) / (count - 1))] as (typeof SHADES)[number]);
}

/** Percentages: fixed fifths of 0 to 100, so years and measures compare. */
function percentScale(): ColourScale {
  const step = 100 / MAX_CLASSES;
  const classes = SHADES.map((shade, i) => ({
    ...shade,
    label: i === 0 ? `under ${step}%` : i === MAX_CLASSES - 1 ? `${i * step}% to 100%` : `${i * step}% to under ${(i + 1) * step}%`,
  }));
  return { classes, classOf: (value) => classes[Math.min(MAX_CLASSES - 1, Math.floor(value / step))] as ColourClass };
}

/** Counts: equal whole-number steps from 0 to the largest value shown. */
function countScale(largest: number): ColourScale {
  const step = Math.max(1, Math.ceil(niceCeil((largest + 1) / MAX_CLASSES)));
  const count = Math.floor(largest / step) + 1;
  const classes = shadesFor(count).map((shade, i) => {
    const from = i * step;
    const to = from + step - 1;
    return { ...shade, label: step === 1 ? formatNumber(from) : `${formatNumber(from)} to ${formatNumber(to)}` };
  });
  return { classes, classOf: (value) => classes[Math.min(count - 1, Math.floor(value / step))] as ColourClass };
}

/** A scale for the values shown (withheld ones are not known, so they do not stretch it). */
export function colourScale(unit: MeasureUnit, values: readonly number[]): ColourScale {
  return unit === 'PERCENT' ? percentScale() : countScale(Math.max(0, ...values));
}
