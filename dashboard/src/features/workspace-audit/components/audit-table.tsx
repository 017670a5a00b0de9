import { formatDateTime, formatNumber } from '../../../lib/format';
import type { AuditLogEntry } from '../graphql/types';
import { DataTable } from '../../../components/data-table';

/** "figures(measure: gaia.referrals, financialYear: 2012/13)": a field's arguments in a line. */
function argumentsInWords(args: Record<string, unknown>): string {
  const text = JSON.stringify(args);
  return text === '{}' ? '' : text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** A page of entries, newest first. */
export function AuditTable({ entries, caption }: { entries: readonly AuditLogEntry[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      headings={[{ text: 'When', className: 'app-audit-table__when' }, 'Person or key', 'Role', 'Operation', 'Outcome', { text: 'Figure rows sent', numeric: true }]}
      className="app-table--compact app-audit-table"
      region={`${caption}, scrollable`}
    >
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
    </DataTable>
  );
}
