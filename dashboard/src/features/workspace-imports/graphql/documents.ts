// Typed handles on the imports page's operations. The .graphql files are checked against the API schema
// at build time; these result types mirror their selections.
import type { TypedDocumentNode } from '@apollo/client';
import importBatches from './import-batches.graphql';
import undoImportBatch from './undo-import-batch.graphql';

export interface ImportBatch {
  id: number;
  /** The dataset's name in the API's Dataset enum, e.g. police_operations. */
  dataset: string;
  checksum: string;
  importedBy: string;
  importedAt: string;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  undoneAt: string | null;
  undoneBy: string | null;
  /** Why it cannot be undone, in the API's words; null when it can. */
  undoRefusal: string | null;
}

export const ImportBatchesQuery = importBatches as TypedDocumentNode<{ importBatches: ImportBatch[] }, { limit: number; before?: number | null }>;

export const UndoImportBatchMutation = undoImportBatch as TypedDocumentNode<
  { undoImportBatch: { removed: number; revisions: number; batch: Pick<ImportBatch, 'id' | 'undoneAt' | 'undoneBy' | 'undoRefusal'> } },
  { id: number }
>;
