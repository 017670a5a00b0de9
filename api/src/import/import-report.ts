import type { ImportReport } from './importer.service';
import { formatIssue } from '../csv/row-issue';

/** The report a person reads: counts, then every invalid row with line, column, value and reason. */
export function formatImportReport(report: ImportReport, fileName: string): string {
  const lines: string[] = [];
  const counts = `${report.rowsRead} rows read: ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected} rejected`;
  if (report.status === 'imported') lines.push(`Imported ${fileName} into ${report.dataset} (batch ${report.batchId}). ${counts}.`);
  else if (report.status === 'checked') lines.push(`Dry run of ${fileName} for ${report.dataset}: it would be imported; nothing was stored. ${counts}.`);
  else lines.push(`Refused ${fileName} for ${report.dataset}: nothing from it was stored. ${report.issues.length} problem(s) found:`);
  for (const issue of report.issues) lines.push(formatIssue(issue));
  lines.push(`File checksum (SHA-256): ${report.checksum}`);
  return lines.join('\n');
}
