import { formatDateTime, formatNumber } from '../../../lib/format';
import type { AuditLogEntry } from '../graphql/types';

/** "figures(measure: gaia.referrals, financialYear: 2012/13)": a field's arguments in a line. */
function argumentsInWords(args: Record<string, unknown>): string {
  const text = JSON.stringify(args);
  return text === '{}' ? '' : text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** A page of entries, newest first. */
export function AuditTable({ entries, caption }: { entries: readonly AuditLogEntry[]; caption: string }) {
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label={`${caption}, scrollable`}>
      <table className="app-table app-table--compact app-audit-table">
        <caption className="app-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="app-audit-table__when">
              When
            </th>
            <th scope="col">Person or key</th>
            <th scope="col">Role</th>
            <th scope="col">Operation</th>
            <th scope="col">Outcome</th>
            <th scope="col" className="app-table__numeric">
              Figure rows sent
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                <span className="app-table__note">entry {entry.id}</span>
              </td>
              <td>{entry.subject}</td>
              <td>{entry.role}</td>
              <th scope="row">
                {entry.operation}
                {argumentsInWords(entry.arguments) && <span className="app-table__note">{argumentsInWords(entry.arguments)}</span>}
              </th>
              <td>{entry.outcome}</td>
              <td className="app-table__numeric">{entry.rowsReturned === null ? '–' : formatNumber(entry.rowsReturned)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
