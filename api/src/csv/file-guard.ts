import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import { describeBytes, lineTooLong, MAX_RECORD_CHARACTERS, type ImportLimits } from './import-limits';

/** A file refused before its rows are read: the line (0 for the whole file) and what is wrong, in words. */
export class RefusedFile extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
    this.name = 'RefusedFile';
  }
}

/**
 * csv-parse limits a record's characters but not its fields, so a line of a million commas would
 * become a million-element array first; no physical line of a valid file can be longer than this.
 */
const MAX_LINE_BYTES = MAX_RECORD_CHARACTERS * 4;

const SAVE_AS = 'save it from the spreadsheet as "CSV UTF-8"';

/**
 * Where UTF-8 breaks in `bytes`: `invalidAt` is the first bad byte (-1 if none); `cutAt` is where a
 * character begins that the next chunk must finish (bytes.length if none).
 */
export function scanUtf8(bytes: Uint8Array): { invalidAt: number; cutAt: number } {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let continuation: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) continuation = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      continuation = 2;
      if (lead === 0xe0) low = 0xa0; // no overlong forms
      if (lead === 0xed) high = 0x9f; // no UTF-16 surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      continuation = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f; // nothing above U+10FFFF
    } else return { invalidAt: i, cutAt: bytes.length };
    for (let k = 1; k <= continuation; k += 1) {
      if (i + k >= bytes.length) return { invalidAt: -1, cutAt: i };
      const byte = bytes[i + k];
      if (k === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return { invalidAt: i, cutAt: bytes.length };
    }
    i += continuation + 1;
  }
  return { invalidAt: -1, cutAt: bytes.length };
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Lets a file through only while it is what the contract says: UTF-8 text, no NUL bytes, within
 * the size limit. Checked as the bytes stream past, so a hostile file costs no more than its first
 * bad byte; without it a Latin-1 "é" would silently become U+FFFD and two refs could hash alike.
 */
export class FileGuard extends Transform {
  private bytes = 0;
  private line = 1;
  private lineBytes = 0;
  private carry: Buffer = Buffer.alloc(0);

  constructor(private readonly limits: ImportLimits) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.check(chunk);
      callback(null, chunk);
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    if (this.carry.length) callback(this.refuseEncoding(this.carry[0], true));
    else callback();
  }

  private check(chunk: Buffer): void {
    if (this.bytes === 0 && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      throw new RefusedFile(1, `the file is UTF-16 text, not UTF-8; ${SAVE_AS}`);
    }
    this.bytes += chunk.length;
    if (this.bytes > this.limits.maxBytes) {
      throw new RefusedFile(0, `the file is larger than ${describeBytes(this.limits.maxBytes)}, the most one import accepts (IMPORT_MAX_BYTES); split it into smaller files`);
    }
    const text = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const nul = text.indexOf(0);
    const { invalidAt, cutAt } = isUtf8(text) ? { invalidAt: -1, cutAt: text.length } : scanUtf8(text);
    const firstBad = [nul, invalidAt].filter((at) => at >= 0).sort((a, b) => a - b)[0];
    if (firstBad !== undefined) {
      this.line += countNewlines(text, 0, firstBad);
      if (firstBad === nul) throw new RefusedFile(this.line, `line ${this.line} contains a NUL byte (0x00): this is not a CSV text file (UTF-16 or binary data?); ${SAVE_AS}`);
      throw this.refuseEncoding(text[firstBad], false);
    }
    this.checkLineLengths(chunk);
    this.line += countNewlines(text, 0, cutAt);
    this.carry = Buffer.from(text.subarray(cutAt));
  }

  /** Both \n and \r end a line here, so a file with old Mac line ends is not mistaken for one long line. */
  private checkLineLengths(chunk: Buffer): void {
    let start = 0;
    let line = this.line;
    let lf = chunk.indexOf(0x0a);
    let cr = chunk.indexOf(0x0d);
    while (lf !== -1 || cr !== -1) {
      const at = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (this.lineBytes + at - start > MAX_LINE_BYTES) throw new RefusedFile(line, lineTooLong(line));
      this.lineBytes = 0;
      start = at + 1;
      if (at === lf) {
        line += 1;
        lf = chunk.indexOf(0x0a, at + 1);
      } else cr = chunk.indexOf(0x0d, at + 1);
    }
    this.lineBytes += chunk.length - start;
    if (this.lineBytes > MAX_LINE_BYTES) throw new RefusedFile(line, lineTooLong(line));
  }

  private refuseEncoding(byte: number, atEnd: boolean): RefusedFile {
    const where = atEnd ? `the file ends in the middle of a UTF-8 character` : `line ${this.line} has a byte (${hex(byte)}) that is not UTF-8 text`;
    return new RefusedFile(this.line, `${where}; the file was probably saved as Latin-1 or Windows-1252: ${SAVE_AS}`);
  }
}

function countNewlines(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a, from); at !== -1 && at < to; at = bytes.indexOf(0x0a, at + 1)) count += 1;
  return count;
}
