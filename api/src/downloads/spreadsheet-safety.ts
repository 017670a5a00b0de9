/**
 * Spreadsheet formula injection: a cell starting with = + - @ (or a tab or carriage return) is
 * run as a formula by Excel. Such text is prefixed with an apostrophe, which shows it as text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
