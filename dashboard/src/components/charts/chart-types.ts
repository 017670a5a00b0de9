/** A value to draw: null means the figure is withheld (the formatter decides how to show it). */
export type ChartValue = number | null;

/** One row of chart data: an index (e.g. a period label) and one value per category. */
export type ChartRow = Record<string, string | number | null>;

/** Keys of Row whose values are chart values. */
export type ValueKey<Row> = { [K in keyof Row]: Row[K] extends ChartValue ? K : never }[keyof Row] & string;

/** Keys of Row whose values are text, usable as the index. */
export type IndexKey<Row> = { [K in keyof Row]: Row[K] extends string ? K : never }[keyof Row] & string;

/** A series: which field of the rows to draw, and its plain-English name. */
export interface ChartCategory<Row> {
  key: ValueKey<Row>;
  label: string;
}

export type ValueFormatter = (value: ChartValue) => string;
