import type { Queryable } from '../shared/queryable';

/** One audit_log row, in AUDIT_COLUMNS' order: exactly eight values, or the entries after it in a batch would shift. */
export type AuditRow = readonly [subject: string, role: string, operation: string, args: string, rowsReturned: number | null, outcome: string, fields: string, documentHash: string | null];

const AUDIT_COLUMNS = ['subject', 'role', 'operation', 'arguments', 'rows_returned', 'outcome', 'fields', 'document_hash'];
/** Entries per INSERT: well under PostgreSQL's 65,535 parameters, and a short statement. */
const MOST_PER_BATCH = 100;

function insertOf(rows: number): string {
  const width = AUDIT_COLUMNS.length;
  const tuples = Array.from({ length: rows }, (_, row) => `(${AUDIT_COLUMNS.map((_, column) => `$${row * width + column + 1}`).join(', ')})`);
  return `INSERT INTO audit_log (${AUDIT_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`;
}

interface Waiting {
  row: AuditRow;
  written(): void;
  failed(error: unknown): void;
}

/**
 * Writes the entries that arrive together in one INSERT and one commit. While a batch commits, the
 * entries that come in wait and go out in the next, so under load many answers share a commit; a
 * lone entry is written at once (no timer adds to a quiet request's time). Each write settles only
 * when the commit holding its entry has, so an answer still leaves after its entry is stored. A
 * batch refused for its data is written again entry by entry, so one bad entry fails only its own
 * request; any other failure (the connection, say) fails the batch's requests at once, never
 * writing an entry twice.
 */
export class AuditBatches {
  private waiting: Waiting[] = [];
  private writing = false;

  constructor(private readonly database: Queryable) {}

  write(row: AuditRow): Promise<void> {
    return new Promise((written, failed) => {
      this.waiting.push({ row, written, failed });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length) await this.insert(this.waiting.splice(0, MOST_PER_BATCH));
    } finally {
      this.writing = false;
    }
  }

  private async insert(batch: Waiting[]): Promise<void> {
    try {
      await this.database.query(insertOf(batch.length), batch.flatMap((w) => w.row));
    } catch (error) {
      if (batch.length > 1 && refusedForItsData(error)) for (const one of batch) await this.insert([one]);
      else for (const one of batch) one.failed(error);
      return;
    }
    for (const one of batch) one.written();
  }
}

/** SQLSTATE classes 22 (data exception) and 23 (integrity constraint): the statement's values, not the database. */
function refusedForItsData(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}

const batchesByDatabase = new WeakMap<Queryable, AuditBatches>();

/** The batches of one database (a DataSource): every writer of the log in this process shares them. */
export function auditBatchesOf(database: Queryable): AuditBatches {
  let batches = batchesByDatabase.get(database);
  if (!batches) batchesByDatabase.set(database, (batches = new AuditBatches(database)));
  return batches;
}
