import { paths } from '../../../app/paths';
import { formatDateTime } from '../../../lib/format';
import type { FigureRevision } from '../graphql/types';
import { revisionCells } from '../revision-cells';
import { DataTable } from '../../../components/data-table';

/** Changes to published figures found as later imports arrived, oldest first: the published value never changes, these say what the records say now. */
export function RevisionsTable({ financialYear, revisions, anyPublished }: { financialYear: string; revisions: readonly FigureRevision[]; anyPublished: boolean }) {
  if (!anyPublished) return <p className="app-body">No quarter of {financialYear} is published yet, so no figure can have been revised.</p>;
  if (revisions.length === 0) {
    return <p className="app-body">No published figure of {financialYear} has changed since it was published.</p>;
  }
  return (
    <>
      <DataTable
        caption={
          <>
            Revisions of published figures, {financialYear} ({revisions.length})
          </>
        }
        headings={['Quarter', 'Measure', { text: 'Before', numeric: true }, { text: 'After', numeric: true }, { text: 'Change', numeric: true }, 'Found', 'Import batch']}
        className="app-table--compact"
        region={`Revisions of ${financialYear}, scrollable`}
      >
        {revisions.map((revision, index) => {
          const { before, after, change } = revisionCells(revision);
          return (
            <tr key={index}>
              <td>
                {financialYear} Q{revision.quarter}
              </td>
              <th scope="row">{revision.measure.label}</th>
              <td className="app-table__numeric">{before}</td>
              <td className="app-table__numeric">{after}</td>
              <td className="app-table__numeric">{change}</td>
              <td>{formatDateTime(revision.detectedAt)}</td>
              <td>{revision.batchId ?? 'Not recorded'}</td>
            </tr>
          );
        })}
      </DataTable>
      <p className="app-hint">
        The import batch is the one whose records changed the figure; see{' '}
        <a className="app-link" href={paths.workspaceImports}>
          Imports
        </a>
        .
      </p>
    </>
  );
}
