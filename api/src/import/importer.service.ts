import type { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { DATASETS, type DatasetName, type DatasetSpec } from '../datasets/dataset-catalogue';
import { countImport } from '../observability/metrics';
import { isDatabaseUnavailable } from '../shared/database-unavailable';
import { ChecksumTap, rawRecordsAt, readRecords } from '../csv/csv-source';
import { RefusedFile } from '../csv/file-guard';
import { DEFAULT_IMPORT_LIMITS, MAX_HEADER_COLUMNS, type ImportLimits } from '../csv/import-limits';
import { loadValidationContext } from './import-context';
import { recordRevisions } from '../returns/quarterly-return.service';
import type { RowIssue } from '../csv/row-issue';
import { validateHeader, validateRow, type StoredRow, type ValidationContext } from './row-validator';

export type ImportStatus = 'imported' | 'refused' | 'checked';

export interface ImportRequest {
  dataset: DatasetName;
  /** Opens the file; called again only to copy rejected rows out untouched. */
  open: () => Readable;
  importedBy: string;
  hashSecret: string;
  /** Set when the import runs on a request's connection (role vawg_app): row-level security lets only analysts write. */
  actingRole?: string;
  skipInvalid?: boolean;
  dryRun?: boolean;
  /** Largest file and most rows accepted (config IMPORT_MAX_BYTES, IMPORT_MAX_ROWS). */
  limits?: ImportLimits;
  onProgress?: (progress: { bytes: number; rows: number }) => void;
}

/** What an import did to the records, row by row. */
export interface RecordCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportReport extends RecordCounts {
  dataset: DatasetName;
  status: ImportStatus;
  checksum: string;
  rowsRead: number;
  /** Every problem found, in line order. */
  issues: RowIssue[];
  batchId: number | null;
  /** The header and rejected rows exactly as they were in the file (skip-invalid only). */
  rejectedCsv: string | null;
}

const STAGING = 'import_staging';
const COPY_CHUNK_BYTES = 1 << 16;

/** COPY's text format: only backslash, tab and line breaks need escaping. */
function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] as string);
}

function storedColumns(spec: DatasetSpec): string[] {
  return spec.columns.map((c) => c.dbColumn);
}

/** Streams valid rows into the staging table; COPY is what makes large files cheap. */
class StagingWriter {
  private buffer = '';
  private readonly stream: NodeJS.WritableStream;
  private readonly done: Promise<void>;
  /** Why the COPY stopped, once it has: a lost connection fails the next write with this, not a TypeError or a hang. */
  private failure: Error | undefined;

  constructor(client: PoolClient, private readonly columns: string[]) {
    this.stream = client.query(copyFrom(`COPY ${STAGING} (line, ${columns.join(', ')}) FROM STDIN`));
    this.done = new Promise((resolve, reject) => {
      this.stream.on('finish', resolve);
      this.stream.on('error', reject);
    });
    this.done.catch((error: Error) => (this.failure = error)); // handled here too, so a mid-file failure never goes unhandled
  }

  async add(line: number, row: StoredRow): Promise<void> {
    this.buffer += `${line}\t${this.columns.map((c) => copyField(row[c] ?? null)).join('\t')}\n`;
    if (this.buffer.length >= COPY_CHUNK_BYTES) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (this.failure) throw this.failure;
    let drained: boolean;
    try {
      drained = this.stream.write(chunk);
    } catch (error) {
      if (!this.failure) await new Promise((resolve) => setImmediate(resolve)); // the stream's own error may be a tick behind
      throw this.failure ?? error; // pg-copy-streams throws a TypeError when its connection has gone
    }
    // Waiting for 'drain' alone would hang forever if the connection dies meanwhile.
    if (!drained) await Promise.race([new Promise((resolve) => this.stream.once('drain', resolve)), this.done]);
  }

  async finish(): Promise<void> {
    if (this.buffer) await this.flush();
    if (this.failure) throw this.failure;
    this.stream.end();
    await this.done;
  }
}

interface ParseOutcome {
  rowsRead: number;
  issues: RowIssue[];
  /** A file that cannot be read as CSV, or a header that breaks the contract, is refused whole. */
  fatal: boolean;
}

async function parseIntoStaging(
  request: ImportRequest, spec: DatasetSpec, context: ValidationContext, client: PoolClient, tap: ChecksumTap, report: ImportReport,
): Promise<ParseOutcome> {
  const writer = new StagingWriter(client, storedColumns(spec));
  const issues: RowIssue[] = [];
  let header: string[] | undefined;
  let rowsRead = 0;
  const limits = request.limits ?? DEFAULT_IMPORT_LIMITS;
  try {
    for await (const record of readRecords(request.open(), { tap, limits })) {
      if (!header) {
        if (record.fields.length > MAX_HEADER_COLUMNS) {
          throw new RefusedFile(record.line, `the header has ${record.fields.length.toLocaleString('en-GB')} columns; no dataset of the contract has more than ${MAX_HEADER_COLUMNS}: check that this is the right file`);
        }
        header = record.fields.map((name) => name.trim());
        const headerIssues = validateHeader(spec, header);
        if (headerIssues.length) {
          await writer.finish();
          return { rowsRead, issues: headerIssues, fatal: true };
        }
        continue;
      }
      rowsRead += 1;
      report.rowsRead = rowsRead; // so far: what an interrupted import can say it reached
      if (rowsRead > limits.maxRows) {
        throw new RefusedFile(record.line, `the file has more than ${limits.maxRows.toLocaleString('en-GB')} rows, the most one import accepts (IMPORT_MAX_ROWS); split it into smaller files`);
      }
      if (record.fields.length !== header.length) {
        issues.push({ line: record.line, column: '', value: '', reason: `row has ${record.fields.length} fields but the header has ${header.length}` });
        continue;
      }
      const row: Record<string, string> = {};
      header.forEach((name, index) => (row[name] = record.fields[index].trim()));
      const result = validateRow(spec, row, record.line, context);
      if (result.stored) await writer.add(record.line, result.stored);
      else issues.push(...result.issues);
      if (rowsRead % 5000 === 0) request.onProgress?.({ bytes: tap.bytes, rows: rowsRead });
    }
  } catch (error) {
    // The COPY must end first, whatever stopped the file (an upload cut short, say): until it does, the connection cannot roll back.
    await writer.finish().catch(() => undefined);
    if (!(error instanceof RefusedFile)) throw error; // the database or the upload, not the file: the caller rolls back
    return { rowsRead, issues: [...issues, { line: error.line, column: '', value: '', reason: error.message }], fatal: true };
  }
  await writer.finish();
  request.onProgress?.({ bytes: tap.bytes, rows: rowsRead });
  if (!header) return { rowsRead, issues: [{ line: 1, column: '', value: '', reason: 'the file is empty: a header row is required' }], fatal: true };
  return { rowsRead, issues, fatal: false };
}

/** A file may hold each record once: later repeats of a ref are invalid rows, found in SQL so memory stays flat. */
async function findRepeatedRefs(client: PoolClient): Promise<{ line: number; firstLine: number }[]> {
  const { rows } = await client.query<{ line: number; first_line: number }>(`
    SELECT line, first_line FROM (
      SELECT line, min(line) OVER (PARTITION BY ref_hash) AS first_line FROM ${STAGING}
    ) ranked WHERE line <> first_line ORDER BY line`);
  if (rows.length) await client.query(`DELETE FROM ${STAGING} WHERE line = ANY($1::int[])`, [rows.map((r) => r.line)]);
  return rows.map((r) => ({ line: r.line, firstLine: r.first_line }));
}

/** Upserts staged rows by hashed ref, touching only rows whose values changed. */
async function mergeStaging(client: PoolClient, spec: DatasetSpec, batchId: number): Promise<{ inserted: number; updated: number }> {
  const columns = storedColumns(spec);
  const values = columns.filter((c) => c !== 'ref_hash');
  const { rows } = await client.query<{ inserted: number; updated: number }>(
    `WITH merged AS (
       INSERT INTO ${spec.table} AS t (${columns.join(', ')}, batch_id)
       SELECT ${columns.join(', ')}, $1 FROM ${STAGING}
       ON CONFLICT (ref_hash) DO UPDATE SET ${values.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, batch_id = EXCLUDED.batch_id
       WHERE (${values.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${values.map((c) => `EXCLUDED.${c}`).join(', ')})
       RETURNING (xmax = 0) AS inserted
     )
     SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM merged`,
    [batchId],
  );
  return rows[0];
}

function rejectedCsv(header: string, lines: number[], records: Map<number, { raw?: string }>): string {
  const body = lines.map((line) => records.get(line)?.raw ?? '').join('');
  return header + body;
}

/** The database went away during an import: its transaction was never committed, so nothing from the file is stored. */
export class ImportInterruptedError extends Error {
  constructor(dataset: DatasetName, rowsRead: number, cause: unknown) {
    super(
      `the connection to the database was lost after ${rowsRead.toLocaleString('en-GB')} row(s) of the ${dataset} file (${(cause as Error).message}). ` +
        'Nothing from the file was stored; run the same import again once the database is back.',
      { cause },
    );
    this.name = 'ImportInterruptedError';
  }
}

/**
 * Imports one partner file all-or-nothing: every row is validated, and unless skip-invalid is
 * asked for, one invalid row means nothing from the file is stored.
 */
export async function importFile(dataSource: DataSource, request: ImportRequest): Promise<ImportReport> {
  try {
    const report = await importInTransaction(dataSource, request);
    countImport(request.dataset, report.status);
    return report;
  } catch (error) {
    countImport(request.dataset, 'failed');
    throw error;
  }
}

async function importInTransaction(dataSource: DataSource, request: ImportRequest): Promise<ImportReport> {
  const spec = DATASETS[request.dataset];
  const context = await loadValidationContext(dataSource, request.hashSecret);
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  const tap = new ChecksumTap();
  const report: ImportReport = {
    dataset: spec.name, status: 'refused', checksum: '', rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0,
    issues: [], batchId: null, rejectedCsv: null,
  };
  try {
    await client.query('BEGIN');
    if (request.actingRole) {
      await client.query(`SELECT set_config('vawg.role', $1, true), set_config('vawg.scope', 'all', true)`, [request.actingRole]);
    }
    await client.query(`CREATE TEMP TABLE ${STAGING} ON COMMIT DROP AS SELECT 0::integer AS line, ${storedColumns(spec).join(', ')} FROM ${spec.table} WITH NO DATA`);
    const parsed = await parseIntoStaging(request, spec, context, client, tap, report);
    report.checksum = tap.digest();
    report.rowsRead = parsed.rowsRead;
    report.issues = parsed.issues;
    if (parsed.fatal) {
      await client.query('ROLLBACK');
      return report;
    }
    const repeats = await findRepeatedRefs(client);
    const problemLines = new Set([...parsed.issues.map((i) => i.line), ...repeats.map((r) => r.line)]);
    const rejectedLines = [...problemLines].sort((a, b) => a - b);
    const raw = problemLines.size && (repeats.length || request.skipInvalid) ? await rawRecordsAt(request.open(), problemLines, request.limits) : undefined;
    const refColumn = raw?.headerFields.indexOf('ref') ?? -1;
    for (const repeat of repeats) {
      report.issues.push({
        line: repeat.line, column: 'ref', value: raw?.records.get(repeat.line)?.fields[refColumn]?.trim() ?? '',
        reason: `ref repeats the ref on line ${repeat.firstLine}; a file may hold each record once`,
      });
    }
    report.issues.sort((a, b) => a.line - b.line);
    report.rejected = rejectedLines.length;

    if (report.rejected && !request.skipInvalid) {
      await client.query('ROLLBACK');
      return report;
    }
    await client.query(`LOCK TABLE ${spec.table} IN SHARE ROW EXCLUSIVE MODE`); // one import per dataset at a time
    const batch = await client.query<{ id: number }>(
      `INSERT INTO import_batch (dataset, checksum, inserted, updated, unchanged, rejected, imported_by) VALUES ($1, $2, 0, 0, 0, $3, $4) RETURNING id`,
      [spec.name, report.checksum, report.rejected, request.importedBy],
    );
    const { inserted, updated } = await mergeStaging(client, spec, batch.rows[0].id);
    report.inserted = inserted;
    report.updated = updated;
    report.unchanged = report.rowsRead - report.rejected - inserted - updated;
    if (raw && request.skipInvalid) report.rejectedCsv = rejectedCsv(raw.header, rejectedLines, raw.records);

    if (request.dryRun) {
      await client.query('ROLLBACK');
      report.status = 'checked';
      return report;
    }
    await client.query('UPDATE import_batch SET inserted = $2, updated = $3, unchanged = $4 WHERE id = $1', [batch.rows[0].id, inserted, updated, report.unchanged]);
    // Published returns never change silently: what this import changes in them is recorded as revisions.
    if (inserted + updated > 0) await recordRevisions({ query: async (sql, params) => (await client.query(sql, params)).rows }, batch.rows[0].id);
    await client.query('COMMIT');
    report.status = 'imported';
    report.batchId = batch.rows[0].id;
    return report;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (isDatabaseUnavailable(error)) throw new ImportInterruptedError(spec.name, report.rowsRead, error);
    throw error;
  } finally {
    await runner.release();
  }
}
