import ExcelJS from 'exceljs';
import type { FiguresTable } from '../figures/figures-table';
import { csvField, neutraliseFormula } from './spreadsheet-safety';

export function toCsv(table: FiguresTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : csvField(cell))).join(','));
  return `${lines.join('\r\n')}\r\n${table.notes.map((n) => csvField(n)).join('\r\n')}\r\n`;
}

export async function toXlsx(table: FiguresTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'VAWG Insight';
  const sheet = workbook.addWorksheet(table.title.slice(0, 31));
  sheet.addRow(table.header.map(neutraliseFormula)).font = { bold: true };
  // Text is always written as a string value, never a formula; numbers as numbers.
  for (const row of table.rows) sheet.addRow(row.map((cell) => (typeof cell === 'number' ? cell : neutraliseFormula(cell))));
  sheet.addRow([]);
  for (const note of table.notes) sheet.addRow([neutraliseFormula(note)]);
  sheet.columns.forEach((column) => (column.width = 22));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
