import crypto from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import { CsvError, parse, type Options } from 'csv-parse';
import { FileGuard, RefusedFile } from './file-guard';
import { DEFAULT_IMPORT_LIMITS, lineTooLong, MAX_RECORD_CHARACTERS, type ImportLimits } from './import-limits';

/** How every partner file is read: RFC 4180, optional BOM, `\n` or `\r\n`, blank lines ignored. */
export const CSV_OPTIONS: Options = {
  bom: true,
  relax_column_count: true,
  skip_empty_lines: true,
  info: true,
  max_record_size: MAX_RECORD_CHARACTERS,
};

export interface ParsedRecord {
  fields: string[];
  /** Line on which the record ends (multi-line quoted values span several). */
  line: number;
  raw?: string;
  /** Bytes of the file read up to the end of this record. */
  bytes: number;
}

/** Counts and checksums the bytes as they stream past, so the file is read once. */
export class ChecksumTap extends Transform {
  private readonly hash = crypto.createHash('sha256');
  bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    callback(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** What a person can act on, for the ways a file fails to be CSV; anything else keeps the parser's words. */
function refusalFor(error: CsvError & { lines?: number }): RefusedFile {
  const line = error.lines ?? 0;
  switch (error.code as string) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new RefusedFile(line, `the file ends inside a quoted value: a quote (") opened on or before line ${line} is never closed`);
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return new RefusedFile(line, `line ${line} has a quote (") inside a value; write such a value in quotes with each quote doubled, like "say ""no"""`);
    case 'CSV_MAX_RECORD_SIZE':
      return new RefusedFile(line, lineTooLong(line));
    default:
      return new RefusedFile(line, `the file is not valid CSV: ${error.message}`);
  }
}

/** The records of a file, checked on the way in (FileGuard); a file that cannot be read as CSV throws RefusedFile. */
export async function* readRecords(
  source: Readable,
  options: { raw?: boolean; tap?: ChecksumTap; limits?: ImportLimits } = {},
): AsyncGenerator<ParsedRecord> {
  const parser = parse({ ...CSV_OPTIONS, raw: options.raw ?? false });
  const stages = [source, ...(options.tap ? [options.tap] : []), new FileGuard(options.limits ?? DEFAULT_IMPORT_LIMITS), parser];
  pipeline(stages, () => undefined); // a failing stage destroys the parser with its error, which the loop below throws
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number }; raw?: string }>) {
      yield { fields: item.record, line: item.info.lines, raw: item.raw, bytes: item.info.bytes };
    }
  } catch (error) {
    if (error instanceof CsvError) throw refusalFor(error);
    throw error;
  }
}

/** The raw text of the header and of the records on the given lines, for a reject file. */
export async function rawRecordsAt(
  source: Readable,
  lines: ReadonlySet<number>,
  limits?: ImportLimits,
): Promise<{ header: string; headerFields: string[]; records: Map<number, ParsedRecord> }> {
  let header = '';
  let headerFields: string[] = [];
  const records = new Map<number, ParsedRecord>();
  let first = true;
  let previousBytes = 0;
  let crlf = false;
  for await (const record of readRecords(source, { raw: true, limits })) {
    // csv-parse's raw text of a record ends "\r" where the file has "\r\n" (one byte short of what it read):
    // a reject file must keep Excel's line ends, not turn them into bare carriage returns.
    if (!first && record.raw?.endsWith('\r') && record.bytes - previousBytes - Buffer.byteLength(record.raw) === 1) crlf = true;
    previousBytes = record.bytes;
    if (first) {
      header = record.raw ?? '';
      headerFields = record.fields.map((name) => name.trim());
      first = false;
    } else if (lines.has(record.line)) {
      records.set(record.line, record);
    }
  }
  if (crlf) {
    const withLineFeed = (raw: string) => (raw.endsWith('\r') ? `${raw}\n` : raw);
    header = withLineFeed(header);
    for (const record of records.values()) record.raw = withLineFeed(record.raw ?? '');
  }
  return { header, headerFields, records };
}
