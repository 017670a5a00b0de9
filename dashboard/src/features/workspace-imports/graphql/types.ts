// The import history's row, as its table takes it; generated from import-batches.graphql.
import type { ImportBatchesQuery } from '../../../graphql/generated/graphql';

/** undoRefusal: why it cannot be undone, in the API's words; null when it can. */
export type ImportBatch = ImportBatchesQuery['importBatches'][number];
