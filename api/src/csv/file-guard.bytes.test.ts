import { Readable } from 'node:stream';
import { FileGuard, RefusedFile, scanUtf8 } from './file-guard';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits';

/** Streams the chunks through a guard: the bytes it let through, or the refusal (line and message). */
async function guard(chunks: Buffer[], limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<{ passed: string } | { line: number; message: string }> {
  const out: Buffer[] = [];
  try {
    for await (const chunk of Readable.from(chunks).pipe(new FileGuard(limits))) out.push(chunk as Buffer);
    return { passed: Buffer.concat(out).toString('utf8') };
  } catch (error) {
    if (!(error instanceof RefusedFile)) throw error;
    return { line: error.line, message: error.message };
  }
}
const text = (...parts: string[]) => parts.map((p) => Buffer.from(p, 'utf8'));
const SAVE_AS = 'save it from the spreadsheet as "CSV UTF-8"';

describe('scanUtf8: where UTF-8 breaks', () => {
  it('passes ASCII and every length of character, up to U+10FFFF', () => {
    const ok = Buffer.from('a é € 😀 \u{10FFFF}', 'utf8');
    expect(scanUtf8(ok)).toEqual({ invalidAt: -1, cutAt: ok.length });
    expect(scanUtf8(Buffer.from([0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80, 0xed, 0x9f, 0xbf, 0xee, 0x80, 0x80, 0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf])))
      .toEqual({ invalidAt: -1, cutAt: 21 });
  });

  it('finds the first byte that is not UTF-8: Latin-1, overlong forms, surrogates, beyond U+10FFFF, bad continuations', () => {
    expect(scanUtf8(Buffer.from([0x61, 0xe9, 0x62]))).toEqual({ invalidAt: 1, cutAt: 3 }); // Latin-1 "é" between letters
    expect(scanUtf8(Buffer.from([0xc0, 0x80])).invalidAt).toBe(0);
    expect(scanUtf8(Buffer.from([0xc1, 0xbf])).invalidAt).toBe(0);
    expect(scanUtf8(Buffer.from([0x20, 0xe0, 0x9f, 0x80])).invalidAt).toBe(1); // overlong 3-byte
    expect(scanUtf8(Buffer.from([0xed, 0xa0, 0x80])).invalidAt).toBe(0); // a UTF-16 surrogate
    expect(scanUtf8(Buffer.from([0xf0, 0x8f, 0x80, 0x80])).invalidAt).toBe(0); // overlong 4-byte
    expect(scanUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])).invalidAt).toBe(0); // above U+10FFFF
    expect(scanUtf8(Buffer.from([0xf5, 0x80, 0x80, 0x80])).invalidAt).toBe(0);
    expect(scanUtf8(Buffer.from([0x80])).invalidAt).toBe(0); // a lone continuation byte
    expect(scanUtf8(Buffer.from([0xe2, 0x82, 0x41])).invalidAt).toBe(0); // third byte not a continuation
    expect(scanUtf8(Buffer.from([0xe2, 0xc2, 0xac])).invalidAt).toBe(0);
    expect(scanUtf8(Buffer.from([0xc3, 0xc0])).invalidAt).toBe(0);
  });

  it('marks where a character split between chunks begins, so the next chunk can finish it', () => {
    expect(scanUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toEqual({ invalidAt: -1, cutAt: 1 });
    expect(scanUtf8(Buffer.from([0x61, 0x62, 0xf0]))).toEqual({ invalidAt: -1, cutAt: 2 });
    expect(scanUtf8(Buffer.from([0xc3]))).toEqual({ invalidAt: -1, cutAt: 0 });
  });
});

describe('FileGuard: only UTF-8 text within the limits gets through', () => {
  it('lets a UTF-8 file through unchanged, even with a character split across chunks', async () => {
    const euro = Buffer.from('ref\n€1\n', 'utf8');
    expect(await guard([euro.subarray(0, 5), euro.subarray(5)])).toEqual({ passed: 'ref\n€1\n' });
  });

  it('refuses UTF-16 by its byte-order mark, either way round', async () => {
    const message = `the file is UTF-16 text, not UTF-8; ${SAVE_AS}`;
    expect(await guard([Buffer.from([0xff, 0xfe, 0x72, 0x00])])).toEqual({ line: 1, message });
    expect(await guard([Buffer.from([0xfe, 0xff, 0x00, 0x72])])).toEqual({ line: 1, message });
  });

  it('refuses a NUL byte, naming its line', async () => {
    expect(await guard(text('ref,date\n', 'A,1\nB\u0000,2\n'))).toEqual({
      line: 3, message: `line 3 contains a NUL byte (0x00): this is not a CSV text file (UTF-16 or binary data?); ${SAVE_AS}`,
    });
  });

  it('refuses a Latin-1 byte, naming its line and the byte', async () => {
    expect(await guard([Buffer.from('ref\nok\n'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])])).toEqual({
      line: 3, message: `line 3 has a byte (0xE9) that is not UTF-8 text; the file was probably saved as Latin-1 or Windows-1252: ${SAVE_AS}`,
    });
  });

  it('counts lines from the earlier bad byte when a NUL and a bad byte share a chunk', async () => {
    expect(await guard([Buffer.from([0x61, 0x0a, 0xe9, 0x0a, 0x00])])).toMatchObject({ line: 2, message: expect.stringContaining('byte (0xE9)') });
    expect(await guard([Buffer.from([0x61, 0x0a, 0x00, 0x0a, 0xe9])])).toMatchObject({ line: 2, message: expect.stringContaining('NUL byte') });
  });

  it('refuses a file that ends in the middle of a character', async () => {
    expect(await guard([Buffer.from([0x61, 0x0a, 0xe2, 0x82])])).toEqual({
      line: 2, message: `the file ends in the middle of a UTF-8 character; the file was probably saved as Latin-1 or Windows-1252: ${SAVE_AS}`,
    });
  });

  it('refuses a file over the byte limit as soon as it passes it, and accepts one exactly at it', async () => {
    const limits = { maxBytes: 10, maxRows: 10 };
    expect(await guard(text('12345', '67890'), limits)).toEqual({ passed: '1234567890' });
    expect(await guard(text('12345', '678901'), limits)).toEqual({
      line: 0, message: 'the file is larger than 10 bytes, the most one import accepts (IMPORT_MAX_BYTES); split it into smaller files',
    });
  });

  it('refuses a line longer than any record could be, naming the line, across chunks and for \\r line ends too', async () => {
    const long = 'x'.repeat(65_536 * 4 + 1);
    const refusal = (line: number) => ({ line, message: `line ${line} is longer than 65,536 characters, far longer than any record of the contract: check that this is the right file and that every quote is closed` });
    expect(await guard(text('a\nb\n', long, '\n'))).toEqual(refusal(3));
    expect(await guard(text('a\nb\n', long.slice(0, 100_000), long.slice(100_000)))).toEqual(refusal(3));
    expect(await guard(text(`a\n${long}\n`))).toEqual(refusal(2));
    expect(await guard(text('a\r', 'x'.repeat(65_536 * 4), '\rb\n'))).toMatchObject({ passed: expect.stringMatching(/^a\r/) });
    expect(await guard(text('a\n', 'x'.repeat(65_536 * 4), '\n'))).toMatchObject({ passed: expect.any(String) });
    expect(await guard(text('a\n', 'x'.repeat(65_536 * 2), 'x'.repeat(65_536 * 2), '\n'))).toMatchObject({ passed: expect.any(String) });
  });
});
