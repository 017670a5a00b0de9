import { SortableTable, type SortableColumn } from '../../../components/sortable-table';
import { downloadCsv, toCsv } from '../../../lib/csv';
import { formatNumber } from '../../../lib/format';
import type { ImportIssue, ImportReport as Report } from '../upload-file';

const ISSUE_COLUMNS: SortableColumn<ImportIssue>[] = [
  { key: 'line', header: 'Line', value: (issue) => issue.line, numeric: true, rowHeader: true },
  { key: 'column', header: 'Column', value: (issue) => issue.column, render: (issue) => issue.column || <span className="app-secondary-text">whole row</span> },
  { key: 'value', header: 'Value', value: (issue) => issue.value, render: (issue) => <span className="app-import-report__value">{issue.value}</span> },
  { key: 'reason', header: 'Reason', value: (issue) => issue.reason },
];

const counts = (r: Report) =>
  `${formatNumber(r.rowsRead)} rows read: ${formatNumber(r.inserted)} new, ${formatNumber(r.updated)} changed, ${formatNumber(r.unchanged)} unchanged, ${formatNumber(r.rejected)} rejected.`;

/** What the server said of the file, in one sentence a person acts on. */
export function reportSummary(report: Report, label: string): { title: string; body: string } {
  if (report.status === 'refused') {
    const n = report.issues.length;
    return { title: 'The file was refused: nothing from it was stored', body: `${n === 1 ? '1 problem was' : `${formatNumber(n)} problems were`} found in the ${label} file. Correct them and check the file again.` };
  }
  if (report.status === 'checked') {
    return { title: 'The file can be imported', body: `${counts(report)} Nothing has been stored yet: choose “Import” to store it.` };
  }
  return { title: `Imported as batch ${report.batchId}`, body: report.inserted + report.updated === 0 ? `${counts(report)} Nothing changed: every row was already stored as it is in this file.` : counts(report) };
}

/** The report of a check or an import: a summary, then every problem (line, column, value, reason), sortable and downloadable. */
export function ImportReport({ report, label, fileName }: { report: Report; label: string; fileName: string }) {
  const { title, body } = reportSummary(report, label);
  const base = fileName.replace(/\.csv$/i, '');
  return (
    <section className={`app-import-report app-import-report--${report.status}`} aria-labelledby="import-report-title">
      <h3 className="app-heading-m" id="import-report-title" tabIndex={-1}>
        {title}
      </h3>
      <p className="app-body">{body}</p>
      {report.issues.length > 0 && (
        <>
          <SortableTable
            caption={`Problems in ${fileName} (${formatNumber(report.issues.length)})`}
            columns={ISSUE_COLUMNS}
            rows={report.issues}
            rowKey={(issue) => `${issue.line}|${issue.column}|${issue.reason}`}
            className="app-import-report__table"
          />
          <button
            type="button"
            className="app-button app-button--secondary"
            onClick={() => downloadCsv(`${base}-problems.csv`, toCsv(['line', 'column', 'value', 'reason'], report.issues.map((i) => [i.line, i.column, i.value, i.reason])))}
          >
            Download the problems as CSV
          </button>
        </>
      )}
      {report.rejectedCsv && (
        <button type="button" className="app-button app-button--secondary" onClick={() => downloadCsv(`${base}-rejected-rows.csv`, report.rejectedCsv ?? '')}>
          Download the rejected rows, as they were in the file
        </button>
      )}
      <p className="app-hint">
        File checksum (SHA-256): <code className="app-import-checksum">{report.checksum}</code>
      </p>
    </section>
  );
}
