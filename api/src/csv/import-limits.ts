/** The most one import accepts; both configurable (IMPORT_MAX_BYTES, IMPORT_MAX_ROWS). */
export interface ImportLimits {
  maxBytes: number;
  maxRows: number;
}

/**
 * 20 MB and 200,000 rows hold many years of every partner's records (the partnership records about
 * 2,000 a year); anything larger is a wrong file or an attack, refused before it costs memory.
 */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 200_000 };

/** No record of the contract comes near this: a longer line is a wrong file, an unclosed quote or an attack. */
export const MAX_RECORD_CHARACTERS = 65_536;

/** The widest dataset has 10 columns; a header far wider is another file altogether. */
export const MAX_HEADER_COLUMNS = 100;

export function lineTooLong(line: number): string {
  return `line ${line} is longer than ${MAX_RECORD_CHARACTERS.toLocaleString('en-GB')} characters, far longer than any record of the contract: check that this is the right file and that every quote is closed`;
}

/** "20 MB", "512 KB", "900 bytes": limits as people write them. */
export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${(bytes / (1024 * 1024)).toLocaleString('en-GB')} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${(bytes / 1024).toLocaleString('en-GB')} KB`;
  return `${bytes.toLocaleString('en-GB')} bytes`;
}
