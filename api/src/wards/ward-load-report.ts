import { formatIssue } from '../csv/row-issue';
import type { RowIssue } from '../csv/row-issue';
import { addDays } from '../shared/dates';
import type { WardBestFitReport } from './ward-best-fit.service';
import type { WardVintageReport } from './ward-vintage.service';

/** Problems line by line; line 0 is the start date given rather than a line of the file. */
export function formatIssueLines(issues: RowIssue[]): string[] {
  return issues.map((issue) => (issue.line === 0 ? `  ${issue.column} ${issue.value}: ${issue.reason}` : formatIssue(issue)));
}

function refusal(fileName: string, dataset: string, issues: RowIssue[]): string[] {
  return [`Refused ${fileName} for ${dataset}: nothing from it was stored. ${issues.length} problem(s) found:`, ...formatIssueLines(issues)];
}

/** What loading a ward lookup did, for the person who ran it. */
export function formatWardVintageReport(report: WardVintageReport, fileName: string): string {
  const lines: string[] = [];
  const closedOn = addDays(report.validFrom, -1);
  if (report.status === 'refused') {
    lines.push(...refusal(fileName, 'wards', report.issues));
  } else if (report.status === 'unchanged') {
    lines.push(`${report.vintage} (from ${report.validFrom}) is already loaded with the ${report.wards} wards of ${fileName}: nothing changed.`);
  } else {
    const changes = [`${report.added} new`, `${report.continued} continuing`, ...(report.renamed ? [`${report.renamed} renamed`] : [])].join(', ');
    const closed = report.closed.map((c) => `${c.count} ${c.vintage} ward(s)`).join(' and ');
    lines.push(
      (report.status === 'checked' ? `Dry run of ${fileName} for wards: it would load ` : `Loaded `)
        + `${report.vintage} from ${fileName}: ${report.wards} Lambeth wards valid from ${report.validFrom} (${changes}).`
        + (closed ? ` Closed on ${closedOn}: ${closed}.` : '')
        + ` ${report.otherRows} row(s) for other local authorities ignored.`
        + (report.status === 'checked' ? ' Nothing was stored.' : ''),
    );
    if (report.laterRecords) {
      lines.push(`Note: ${report.laterRecords} record(s) already stored, dated ${report.validFrom} or later, are in wards closed on ${closedOn}. They keep their ward; re-send them with ${report.vintage} codes to move them.`);
    }
  }
  lines.push(`File checksum (SHA-256): ${report.checksum}`);
  return lines.join('\n');
}

export function formatWardBestFitReport(report: WardBestFitReport, fileName: string): string {
  const lines: string[] = [];
  if (report.status === 'refused') {
    lines.push(...refusal(fileName, 'ward_best_fit', report.issues));
  } else {
    const what = `${report.rows} share(s) from ${report.fromWards} ${report.fromVintages.join(', ')} ward(s) into ${report.toWards} ${report.toVintages.join(', ')} ward(s)`;
    lines.push(report.status === 'checked'
      ? `Dry run of ${fileName} for ward_best_fit: it would load ${what}, replacing ${report.replaced}; nothing was stored.`
      : `Loaded ${fileName} into ward_best_fit: ${what}, replacing ${report.replaced} loaded before.`);
  }
  lines.push(`File checksum (SHA-256): ${report.checksum}`);
  return lines.join('\n');
}
