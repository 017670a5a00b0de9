import type { Readable } from 'node:stream';
import { ChecksumTap, readRecords } from '../csv/csv-source';
import { RefusedFile } from '../csv/file-guard';
import type { ImportLimits } from '../csv/import-limits';
import type { RowIssue } from '../csv/row-issue';

export interface ReferenceRecord {
  /** Line of the file (1 is the header). */
  line: number;
  /** Each value, trimmed, by its column's name as the header writes it. */
  values: Record<string, string>;
}

export interface ReferenceFile {
  header: string[];
  records: ReferenceRecord[];
  checksum: string;
  /** The file could not be read as CSV, or a row has the wrong number of fields. */
  issues: RowIssue[];
}

/**
 * Reads a reference file an analyst loads (a ward lookup, a best-fit lookup) whole: they are small
 * (ONS's lookup for the whole UK is about 9,000 rows), and read the way partner files are, so a
 * wrong encoding or an unclosed quote is refused in the same words.
 */
export async function readReferenceFile(source: Readable, limits?: ImportLimits): Promise<ReferenceFile> {
  const tap = new ChecksumTap();
  const file: ReferenceFile = { header: [], records: [], checksum: '', issues: [] };
  let headerRead = false;
  try {
    for await (const record of readRecords(source, { tap, limits })) {
      const fields = record.fields.map((field) => field.trim());
      if (!headerRead) {
        file.header = fields;
        headerRead = true;
      } else if (fields.length !== file.header.length) {
        file.issues.push({ line: record.line, column: '', value: '', reason: `row has ${fields.length} fields but the header has ${file.header.length}` });
      } else {
        file.records.push({ line: record.line, values: Object.fromEntries(file.header.map((name, i) => [name, fields[i]])) });
      }
    }
  } catch (error) {
    if (!(error instanceof RefusedFile)) throw error;
    file.issues.push({ line: error.line, column: '', value: '', reason: error.message });
  }
  file.checksum = tap.digest();
  if (!headerRead && file.issues.length === 0) file.issues.push({ line: 1, column: '', value: '', reason: 'the file is empty: a header row is required' });
  return file;
}
