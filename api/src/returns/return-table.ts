import { NOT_COLLECTED, NOT_COLLECTED_LEGEND, type FiguresTable } from '../figures/figures-table';
import { financialYearInWords } from '../shared/financial-periods';
import type { QuarterlyReturnData } from './quarterly-return.service';

const UNIT_NOTE = 'Rates are percentages; counts are records dated in the period. Q1 is April to June.';

/** The return in its fixed layout: one row per headline measure, Q1–Q4 then the year. */
export function returnTable(data: QuarterlyReturnData): FiguresTable {
  const header = ['measure id', 'measure', ...[1, 2, 3, 4].map((q) => `${data.financialYear} Q${q}`), `${data.financialYear} (year)`];
  const rows = data.lines.map((line) => [line.measure.id, line.measure.label, ...line.cells.map((cell) => (cell.notCollected ? NOT_COLLECTED : cell.value ?? ''))]);
  const published = data.lines[0]?.cells.filter((c) => c.published).map((c) => `Q${c.quarter}`) ?? [];
  const notes = [
    `VAWG Insight quarterly return for ${financialYearInWords(data.financialYear)}.`,
    UNIT_NOTE,
    ...(data.lines.some((line) => line.cells.some((c) => c.notCollected)) ? [NOT_COLLECTED_LEGEND] : []),
    published.length ? `Published (frozen) quarters: ${published.join(', ')}. The year column is always the current figure.` : 'No quarter of this year has been published yet: every figure is current.',
    ...data.revisions.map((r) => `Revision: ${r.measure.label}, Q${r.quarter}: ${r.oldValue} → ${r.newValue} (found ${r.detectedAt.toISOString().slice(0, 10)}).`),
  ];
  return { title: `Quarterly return ${data.financialYear}`.replace('/', '-'), header, rows, notes };
}
