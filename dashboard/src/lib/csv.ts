// CSV files built in the browser from the rows a page shows, so a download always matches the table.
import { saveFile } from './save-file';

export type CsvCell = string | number | null;

/** Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, as a new cell or line). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text a spreadsheet could run as a formula gets a leading apostrophe, so it shows as text.
 * Numbers the dashboard formats itself are data, not text from elsewhere, and stay numbers.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: comma-separated, CRLF line ends, fields quoted when they need it. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Hands the browser a CSV file to save. The byte-order mark lets Excel read it as UTF-8. */
export function downloadCsv(fileName: string, csv: string): void {
  saveFile(fileName, new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
}
