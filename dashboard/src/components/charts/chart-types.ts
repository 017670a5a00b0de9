/** A value to draw: null means the figure is withheld (the formatter decides how to show it), unless the cell has words instead. */
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
  /** Estimates, not counts: drawn hatched and outlined, and keyed as estimates, never mixed silently with counts. */
  estimate?: boolean;
}

export type ValueFormatter = (value: ChartValue) => string;

/**
 * Words in place of a cell's figure when it has none for a reason other than withholding: "not
 * collected" before a dataset began, "ward did not exist yet" before a boundary change. Undefined:
 * the cell's value is formatted as usual (null is withheld, "[c]").
 */
export type CellWords<Row> = (row: Row, category: ValueKey<Row>) => string | undefined;

/** Consecutive index values with no figure at all, for one reason: drawn as one labelled band across the chart. */
export interface ChartGap {
  /** The first and last index values it covers. */
  from: string;
  to: string;
  words: string;
}

/** What each gap's words mean, for the key beneath the chart: e.g. "not collected" → "Gaia Centre referrals were not collected before January 2012." */
export type GapMeanings = Readonly<Record<string, string>>;

/** Runs of consecutive items with the same words instead of a figure (`wordsOf`), one gap each. */
export function gapRuns<T>(items: readonly T[], keyOf: (item: T) => string, wordsOf: (item: T) => string | undefined): ChartGap[] {
  const gaps: ChartGap[] = [];
  let open: ChartGap | undefined;
  for (const item of items) {
    const words = wordsOf(item);
    if (words !== undefined && open?.words === words) open.to = keyOf(item);
    else {
      open = words === undefined ? undefined : { from: keyOf(item), to: keyOf(item), words };
      if (open) gaps.push(open);
    }
  }
  return gaps;
}

/** The runs of rows in which no category has a figure, every cell of a run saying the same words. */
export function gapsIn<Row extends ChartRow>(rows: readonly Row[], indexKey: IndexKey<Row>, categories: readonly ChartCategory<Row>[], cellWords: CellWords<Row> | undefined): ChartGap[] {
  if (!cellWords) return [];
  return gapRuns(rows, (row) => String(row[indexKey]), (row) => {
    const words = categories.map((category) => cellWords(row, category.key));
    return words[0] !== undefined && words.every((w) => w === words[0]) ? words[0] : undefined;
  });
}
