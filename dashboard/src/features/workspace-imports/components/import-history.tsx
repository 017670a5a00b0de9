import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmRemoval, SavedMessage } from '../../../components/forms/confirm-removal';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { ImportBatchesQuery, UndoImportBatchMutation, type ImportBatch } from '../graphql/documents';

const PAGE = 20;

const records = (n: number) => `${formatNumber(n)} ${n === 1 ? 'record' : 'records'}`;

function BatchState({ batch, label, onUndone }: { batch: ImportBatch; label: string; onUndone: (message: string) => void }) {
  const [undo, { loading, error }] = useMutation(UndoImportBatchMutation, { refetchQueries: [ImportBatchesQuery], awaitRefetchQueries: true });
  if (batch.undoneAt) return <>Undone {formatDateTime(batch.undoneAt)} by {batch.undoneBy}</>;
  if (batch.inserted === 0 && batch.updated === 0) return <span className="app-secondary-text">Nothing to undo: it changed no records</span>;
  if (batch.undoRefusal) return <span className="app-secondary-text">Cannot be undone: {batch.undoRefusal}.</span>;
  return (
    <>
      <ConfirmRemoval
        what={`batch ${batch.id}`}
        buttonText="Undo"
        confirmText={`Yes, undo batch ${batch.id}`}
        question={`Undo batch ${batch.id}? This removes the ${records(batch.inserted)} it added to ${label} from every figure, chart and download, at once. The batch stays in this history, marked undone, and the change is recorded in the audit log (and as revisions of any published quarterly return).`}
        busy={loading}
        onConfirm={async () => {
          try {
            const { data } = await undo({ variables: { id: batch.id } });
            if (data) onUndone(`Batch ${batch.id} was undone: ${records(data.undoImportBatch.removed)} removed.`);
          } catch {
            // Shown below from the mutation's error.
          }
        }}
      />
      {error && <ProblemMessage title={`Batch ${batch.id} could not be undone`} error={error} />}
    </>
  );
}

/** Every import, newest first, a page at a time, with undo where the records can be taken out safely. */
export function ImportHistory({ labelOf }: { labelOf: (dataset: string) => string }) {
  const [pages, setPages] = useState<number[]>([]);
  const before = pages.at(-1) ?? null;
  const { data, loading, error } = useQuery(ImportBatchesQuery, { variables: { limit: PAGE, before } });
  const [undone, setUndone] = useState<string | null>(null);
  const batches = data?.importBatches ?? [];
  if (error) return <ProblemMessage title="The import history could not be loaded" error={error} />;
  if (loading && !data) {
    return (
      <p className="app-body" role="status">
        Loading the import history…
      </p>
    );
  }
  return (
    <>
      <SavedMessage>{undone}</SavedMessage>
      {batches.length === 0 ? (
        <p className="app-body">{pages.length ? 'There are no older imports.' : 'No files have been imported yet. Files you import here, or with the command line, will be listed here.'}</p>
      ) : (
        <div className="app-table-scroll">
          <table className="app-table app-table--compact app-import-history">
            <caption className="app-table__caption">{pages.length ? 'Older imports' : 'Imports'}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Batch</th>
                <th scope="col">Dataset</th>
                <th scope="col">Imported</th>
                <th scope="col">By</th>
                <th scope="col" className="app-table__numeric">New</th>
                <th scope="col" className="app-table__numeric">Changed</th>
                <th scope="col" className="app-table__numeric">Unchanged</th>
                <th scope="col" className="app-table__numeric">Rejected</th>
                <th scope="col">Checksum (SHA-256)</th>
                <th scope="col">Undo</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.id} className={batch.undoneAt ? 'app-import-history__undone' : undefined}>
                  <th scope="row">{batch.id}</th>
                  <td>{labelOf(batch.dataset)}</td>
                  <td className="app-table__nowrap">{formatDateTime(batch.importedAt)}</td>
                  <td>{batch.importedBy}</td>
                  <td className="app-table__numeric">{formatNumber(batch.inserted)}</td>
                  <td className="app-table__numeric">{formatNumber(batch.updated)}</td>
                  <td className="app-table__numeric">{formatNumber(batch.unchanged)}</td>
                  <td className="app-table__numeric">{formatNumber(batch.rejected)}</td>
                  <td>
                    <code className="app-import-checksum" title={batch.checksum}>
                      {batch.checksum.slice(0, 12)}…
                    </code>
                  </td>
                  <td>
                    <BatchState batch={batch} label={labelOf(batch.dataset)} onUndone={setUndone} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="app-button-group">
        {pages.length > 0 && (
          <button type="button" className="app-button app-button--secondary" onClick={() => setPages(pages.slice(0, -1))}>
            Newer imports
          </button>
        )}
        {batches.length === PAGE && (
          <button type="button" className="app-button app-button--secondary" onClick={() => setPages([...pages, (batches.at(-1) as ImportBatch).id])}>
            Older imports
          </button>
        )}
      </div>
    </>
  );
}
