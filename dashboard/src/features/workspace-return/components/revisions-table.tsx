import { paths } from '../../../app/paths';
import { formatDateTime } from '../../../lib/format';
import type { FigureRevision } from '../graphql/types';
import { revisionCells } from '../revision-cells';

/** Changes to published figures found as later imports arrived, oldest first: the published value never changes, these say what the records say now. */
export function RevisionsTable({ financialYear, revisions, anyPublished }: { financialYear: string; revisions: readonly FigureRevision[]; anyPublished: boolean }) {
  if (!anyPublished) return <p className="app-body">No quarter of {financialYear} is published yet, so no figure can have been revised.</p>;
  if (revisions.length === 0) {
    return <p className="app-body">No published figure of {financialYear} has changed since it was published.</p>;
  }
  return (
    <>
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label={`Revisions of ${financialYear}, scrollable`}>
        <table className="app-table app-table--compact">
          <caption className="app-table__caption">
            Revisions of published figures, {financialYear} ({revisions.length})
          </caption>
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">Measure</th>
              <th scope="col" className="app-table__numeric">
                Before
              </th>
              <th scope="col" className="app-table__numeric">
                After
              </th>
              <th scope="col" className="app-table__numeric">
                Change
              </th>
              <th scope="col">Found</th>
              <th scope="col">Import batch</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
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
