import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { SavedMessage } from '../../../components/forms/confirm-removal';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { figuresChanged } from '../../../graphql/figures-changed';
import { ImportBatchesDocument, UndoImportBatchDocument } from '../../../graphql/generated/graphql';
import { formatDateTime, formatNumber } from '../../../lib/format';
import type { ImportBatch } from '../graphql/types';
import { DataTable } from '../../../components/data-table';

const PAGE = 20;

const records = (n: number) => `${formatNumber(n)} ${n === 1 ? 'record' : 'records'}`;

/** What can be done with a batch, in its row: undo (which asks first, above the table), or why not. */
function BatchState({ batch, onUndo }: { batch: ImportBatch; onUndo: (batch: ImportBatch) => void }) {
  if (batch.undoneAt)
    return (
      <>
        Undone {formatDateTime(batch.undoneAt)} by {batch.undoneBy}
      </>
    );
  if (batch.inserted === 0 && batch.updated === 0) return <span className="app-secondary-text">Nothing to undo: it changed no records</span>;
  if (batch.undoRefusal) return <span className="app-secondary-text">Cannot be undone: {batch.undoRefusal}.</span>;
  return (
    <button type="button" id={`undo-batch-${batch.id}`} className="app-link-button app-link-button--warning" onClick={() => onUndo(batch)}>
      Undo<span className="app-visually-hidden"> batch {batch.id}</span>
    </button>
  );
}

/**
 * The question before an undo, with what it removes, above the table (a table cell is too narrow
 * to read it in); focused as it opens, and focus goes back to the row's button on "Cancel".
 */
function ConfirmUndo({ batch, label, onDone }: { batch: ImportBatch; label: string; onDone: (message: string | null) => void }) {
  const [undo, { loading, error }] = useMutation(UndoImportBatchDocument, {
    refetchQueries: [ImportBatchesDocument],
    awaitRefetchQueries: true,
    update: (cache) => figuresChanged(cache),
  });
  const question = useRef<HTMLHeadingElement>(null);
  useEffect(() => question.current?.focus(), [batch.id]);
  const cancel = () => {
    onDone(null);
    setTimeout(() => document.getElementById(`undo-batch-${batch.id}`)?.focus());
  };
  return (
    <div className="app-undo-confirm" role="group" aria-labelledby="undo-question">
      <h3 className="app-heading-m" id="undo-question" ref={question} tabIndex={-1}>
        Undo batch {batch.id}?
      </h3>
      <p className="app-body">
        This removes the {records(batch.inserted)} it added to {label} on {formatDateTime(batch.importedAt)} from every figure, chart and download, at once. The batch stays in this history, marked
        undone; the undo is recorded in the audit log, and as revisions of any published quarterly return it changes. To put the records back, import the file again.
      </p>
      <div className="app-button-group">
        <button
          type="button"
          className="app-button app-button--warning"
          disabled={loading}
          onClick={async () => {
            try {
              const { data } = await undo({ variables: { id: batch.id } });
              if (data) onDone(`Batch ${batch.id} was undone: ${records(data.undoImportBatch.removed)} removed.`);
            } catch {
              // Shown below from the mutation's error.
            }
          }}
        >
          {loading ? 'Undoing…' : `Yes, undo batch ${batch.id}`}
        </button>
        <button type="button" className="app-button app-button--secondary" disabled={loading} onClick={cancel}>
          Cancel
        </button>
      </div>
      {error && <ProblemMessage title={`Batch ${batch.id} could not be undone`} error={error} />}
    </div>
  );
}

/** Every import, newest first, a page at a time, with undo where the records can be taken out safely. */
export function ImportHistory({ labelOf }: { labelOf: (dataset: string) => string }) {
  const [pages, setPages] = useState<number[]>([]);
  const before = pages.at(-1) ?? null;
  const { data, loading, error } = useQuery(ImportBatchesDocument, { variables: { limit: PAGE, before } });
  const [undone, setUndone] = useState<string | null>(null);
  // After an undo the question above the table is gone: focus goes to what happened, not to <body>.
  const undoneMessage = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (undone) undoneMessage.current?.focus();
  }, [undone]);
  const [confirming, setConfirming] = useState<ImportBatch | null>(null);
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
      <div ref={undoneMessage} tabIndex={-1}>
        <SavedMessage>{undone}</SavedMessage>
      </div>
      {confirming && (
        <ConfirmUndo
          batch={confirming}
          label={labelOf(confirming.dataset)}
          onDone={(message) => {
            setConfirming(null);
            if (message) setUndone(message);
          }}
        />
      )}
      {batches.length === 0 ? (
        <p className="app-body">{pages.length ? 'There are no older imports.' : 'No files have been imported yet. Files you import here, or with the command line, will be listed here.'}</p>
      ) : (
        <DataTable
          caption={<>{pages.length ? 'Older imports' : 'Imports'}, newest first</>}
          headings={[
            'Batch',
            'Dataset',
            'Imported',
            { text: 'New', numeric: true },
            { text: 'Changed', numeric: true },
            { text: 'Unchanged', numeric: true },
            { text: 'Rejected', numeric: true },
            'Checksum (SHA-256)',
            'Undo',
          ]}
          className="app-table--compact app-import-history"
          scroll
        >
          {batches.map((batch) => (
            <tr key={batch.id} className={batch.undoneAt ? 'app-import-history__undone' : undefined}>
              <th scope="row">{batch.id}</th>
              <td>{labelOf(batch.dataset)}</td>
              <td>
                {formatDateTime(batch.importedAt)} by {batch.importedBy}
              </td>
              <td className="app-table__numeric">{formatNumber(batch.inserted)}</td>
              <td className="app-table__numeric">{formatNumber(batch.updated)}</td>
              <td className="app-table__numeric">{formatNumber(batch.unchanged)}</td>
              <td className="app-table__numeric">{formatNumber(batch.rejected)}</td>
              <td>
                <code className="app-import-checksum" title={batch.checksum}>
                  {batch.checksum.slice(0, 8)}…
                </code>
              </td>
              <td>
                <BatchState
                  batch={batch}
                  onUndo={(chosen) => {
                    setUndone(null);
                    setConfirming(chosen);
                  }}
                />
              </td>
            </tr>
          ))}
        </DataTable>
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
