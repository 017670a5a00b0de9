import type { FigureResultData } from '../figures/figures.service';

/** The CONFIDENTIAL marker and legend ONS uses for withheld small numbers. */
export const CONFIDENTIAL = '[c]';
export const CONFIDENTIAL_LEGEND = '[c] confidential: a small number withheld to protect individuals';

export interface FiguresTable {
  title: string;
  header: string[];
  rows: (string | number)[][];
  notes: string[];
}

/** A figures answer as a plain table: what a download holds, cell for cell. */
export function figuresTable(result: FigureResultData, description: string): FiguresTable {
  const first = result.rows[0];
  const dimensionNames = first?.key.map((k) => k.dimension.toLowerCase().replace(/_/g, ' ')) ?? [];
  const header = [...(result.rows.some((r) => r.period) ? ['period'] : []), ...dimensionNames.flatMap((d) => [`${d} code`, d]), result.measure.label];
  const rows = result.rows.map((row) => [
    ...(row.period ? [row.period.label] : []),
    ...row.key.flatMap((k) => [k.code, k.label]),
    row.suppressed || row.value === null ? CONFIDENTIAL : row.value,
  ]);
  rows.push([...header.slice(0, -1).map((_, i) => (i === 0 ? 'Total' : '')), result.suppressed || result.total === null ? CONFIDENTIAL : result.total]);
  const notes = [description, `Measure: ${result.measure.id} — ${result.measure.description}`];
  if ([...result.rows, result].some((r) => r.suppressed)) notes.push(CONFIDENTIAL_LEGEND);
  return { title: result.measure.label, header, rows, notes };
}
