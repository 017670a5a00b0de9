import { monthInWords } from '../shared/financial-periods';
import type { FigureResultData } from './figures.service';
import { SUPPRESSED_LEGEND, SUPPRESSED_SYMBOL } from '../disclosure/suppressed-value';

/** A period before the dataset began to be collected: written out, never as 0 nor left blank. */
export const NOT_COLLECTED = 'not collected';
export const NOT_COLLECTED_LEGEND = 'not collected: the period ended before the dataset began to be collected, so it has no figure (it is not a 0)';

/** A period that begins after today: written out, never as 0 nor left blank. */
export const NOT_YET_BEGUN = 'not yet begun';
export const NOT_YET_BEGUN_LEGEND = 'not yet begun: the period begins after the day this file was made, so it has no figure yet (it is not a 0)';

export interface FiguresTable {
  title: string;
  header: string[];
  rows: (string | number)[][];
  notes: string[];
}

/** A figures answer as a plain table: what a download holds, cell for cell. */
export function figuresTable(result: FigureResultData, description: string): FiguresTable {
  const notCollected = result.notCollected ?? [];
  const notYetBegun = result.notYetBegun ?? [];
  const first = result.rows[0];
  const dimensionNames = first?.key.map((k) => k.dimension.toLowerCase().replace(/_/g, ' ')) ?? [];
  const header = [...(result.rows.some((r) => r.period) || notCollected.length || notYetBegun.length ? ['period'] : []), ...dimensionNames.flatMap((d) => [`${d} code`, d]), result.measure.label];
  // A period with no figure: its label, blank breakdown cells, and the words for why.
  const withoutFigure = (period: { label: string }, words: string) => [period.label, ...dimensionNames.flatMap(() => ['', '']), words];
  // Every period not collected ends before the first collected one, so these rows come first in period order.
  const rows: (string | number)[][] = notCollected.map((period) => withoutFigure(period, NOT_COLLECTED));
  for (const row of result.rows) {
    rows.push([
      ...(row.period ? [row.period.label] : []),
      ...row.key.flatMap((k) => [k.code, k.label]),
      row.suppressed || row.value === null ? SUPPRESSED_SYMBOL : row.value,
    ]);
  }
  // Every period to come begins after the last one under way, so these rows come last in period order.
  for (const period of notYetBegun) rows.push(withoutFigure(period, NOT_YET_BEGUN));
  rows.push([...header.slice(0, -1).map((_, i) => (i === 0 ? 'Total' : '')), result.suppressed || result.total === null ? SUPPRESSED_SYMBOL : result.total]);
  const notes = [description, `Measure: ${result.measure.id} — ${result.measure.description}`];
  if ([...result.rows, result].some((r) => r.suppressed)) notes.push(SUPPRESSED_LEGEND);
  if (notCollected.length) notes.push(`${NOT_COLLECTED_LEGEND}; collected from ${monthInWords(result.collectedFrom as string)}.`);
  if (notYetBegun.length) notes.push(`${NOT_YET_BEGUN_LEGEND}.`);
  return { title: result.measure.label, header, rows, notes };
}
