import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { ChecksumTap, rawRecordsAt, readRecords } from './csv-source';
import { RefusedFile } from './file-guard';
import { describeBytes, lineTooLong } from './import-limits';
import type { ImportReport } from '../import/importer.service';
import { formatImportReport } from '../import/import-report';
import { createRefHasher } from '../import/ref-hasher';

const file = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c, 'utf8')));

async function records(source: Readable, options: Parameters<typeof readRecords>[1] = {}) {
  const out: { fields: string[]; line: number; raw?: string }[] = [];
  for await (const record of readRecords(source, options)) out.push(record);
  return out;
}

async function refusal(source: Readable): Promise<{ line: number; message: string }> {
  try {
    await records(source);
  } catch (error) {
    if (error instanceof RefusedFile) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('readRecords: how a partner file is read', () => {
  it('reads RFC 4180 with a byte-order mark, CRLF, quoted commas, quoted line breaks and blank lines, with each record\'s last line', async () => {
    const read = await records(file('\uFEFFref,note\r\n', 'A,"x, y"\r\n\r\nB,"two\nlines"\r\nC,short\r\n'));
    expect(read.map((r) => [r.fields, r.line])).toEqual([
      [['ref', 'note'], 1],
      [['A', 'x, y'], 2],
      [['B', 'two\nlines'], 5],
      [['C', 'short'], 6],
    ]);
    expect(read[0].raw).toBeUndefined();
  });

  it('keeps rows with too few or too many fields for the importer to report', async () => {
    expect((await records(file('a,b\n1\n1,2,3\n'))).map((r) => r.fields)).toEqual([['a', 'b'], ['1'], ['1', '2', '3']]);
  });

  it('gives each record its raw text when asked, for the reject file', async () => {
    expect((await records(file('a,b\n"1",2\n3,4'), { raw: true })).map((r) => r.raw)).toEqual(['a,b\n', '"1",2\n', '3,4']);
  });

  it('refuses an unclosed quote, naming the line it is still open on', async () => {
    expect(await refusal(file('ref,date\nA,"2012-05-01\nB,2012-05-02\n'))).toEqual({
      line: 3, message: 'the file ends inside a quoted value: a quote (") opened on or before line 3 is never closed',
    });
  });

  it('refuses a stray quote inside a value, showing how to write one', async () => {
    const message = (line: number) => `line ${line} has a quote (") inside a value; write such a value in quotes with each quote doubled, like "say ""no"""`;
    expect(await refusal(file('ref,note\nA,say "no"\n'))).toEqual({ line: 2, message: message(2) });
    expect(await refusal(file('ref,note\nA,"say "no""\n'))).toEqual({ line: 2, message: message(2) });
    expect(await refusal(file('ref,note\nA,"ok" x\n'))).toEqual({ line: 2, message: message(2) });
  });

  it('refuses a record longer than any of the contract, even when its physical lines are short', async () => {
    // 71 characters a line from line 2: the record passes 65,536 characters on line 925.
    const lines = Array.from({ length: 1000 }, () => 'x'.repeat(70)).join('\n');
    expect(await refusal(file('ref,note\n', `A,"${lines}"\n`))).toEqual({ line: 925, message: lineTooLong(925) });
  });

  it('passes the bytes through the checksum tap and the file guard', async () => {
    const tap = new ChecksumTap();
    await records(file('ref\n', 'A\n'), { tap });
    expect(tap.bytes).toBe(6);
    expect(tap.digest()).toBe(crypto.createHash('sha256').update('ref\nA\n').digest('hex'));
    await expect(records(file('ref\n', 'A\n'), { limits: { maxBytes: 5, maxRows: 10 } })).rejects.toThrow('the file is larger than 5 bytes');
  });
});

describe('rawRecordsAt: rejected rows exactly as the partner sent them', () => {
  it('returns the raw header, its trimmed names and only the records on the lines asked for', async () => {
    const found = await rawRecordsAt(file(' ref , date\nA,1\n"B",2\nC,3\n'), new Set([3, 9]));
    expect(found.header).toBe(' ref , date\n');
    expect(found.headerFields).toEqual(['ref', 'date']);
    expect([...found.records].map(([line, r]) => [line, r.raw, r.fields])).toEqual([[3, '"B",2\n', ['B', '2']]]);
  });

  it('never treats the header as a rejected record, even when its line is asked for', async () => {
    const found = await rawRecordsAt(file('ref\nA\n'), new Set([1, 2]));
    expect([...found.records.keys()]).toEqual([2]);
  });

  it('applies the same limits as the import', async () => {
    await expect(rawRecordsAt(file('ref\n', 'A\n'), new Set([2]), { maxBytes: 4, maxRows: 1 })).rejects.toThrow('the file is larger than 4 bytes');
  });
});

describe('describeBytes: limits as people write them', () => {
  it('uses MB or KB only for whole numbers of them', () => {
    expect([20 * 1024 * 1024, 1024 * 1024, 512 * 1024, 1024, 1536 * 1024, 1023, 1025, 900, 1_500_000].map(describeBytes))
      .toEqual(['20 MB', '1 MB', '512 KB', '1 KB', '1,536 KB', '1,023 bytes', '1,025 bytes', '900 bytes', '1,500,000 bytes']);
    expect([0, 1024 * 1024 + 1024, 2048 * 1024 * 1024].map(describeBytes)).toEqual(['0 bytes', '1,025 KB', '2,048 MB']);
  });
});

describe('formatImportReport: what a person reads after an import', () => {
  const base: ImportReport = {
    dataset: 'arrests', status: 'imported', checksum: 'abc123', rowsRead: 4, inserted: 2, updated: 1, unchanged: 1, rejected: 0, issues: [], batchId: 7, rejectedCsv: null,
  };

  it('sums up an import with its batch, counts and checksum', () => {
    expect(formatImportReport(base, 'arrests.csv')).toBe(
      'Imported arrests.csv into arrests (batch 7). 4 rows read: 2 inserted, 1 updated, 1 unchanged, 0 rejected.\nFile checksum (SHA-256): abc123',
    );
  });

  it('says a dry run stored nothing', () => {
    expect(formatImportReport({ ...base, status: 'checked', batchId: null }, 'a.csv').split('\n')[0])
      .toBe('Dry run of a.csv for arrests: it would be imported; nothing was stored. 4 rows read: 2 inserted, 1 updated, 1 unchanged, 0 rejected.');
  });

  it('lists every problem of a refused file with line, column and value, a long value cut at 60 characters', () => {
    const report: ImportReport = {
      ...base, status: 'refused', batchId: null, rejected: 3,
      issues: [
        { line: 0, column: '', value: '', reason: 'the file is larger than 20 MB' },
        { line: 3, column: 'date', value: '2012-02-30', reason: 'date is not a real date written YYYY-MM-DD' },
        { line: 4, column: 'ref', value: 'r'.repeat(61), reason: 'ref is longer than 200 characters' },
        { line: 5, column: 'ref', value: 's'.repeat(60), reason: 'ref repeats the ref on line 4' },
      ],
    };
    expect(formatImportReport(report, 'arrests.csv').split('\n')).toEqual([
      'Refused arrests.csv for arrests: nothing from it was stored. 4 problem(s) found:',
      '  line 0: the file is larger than 20 MB',
      '  line 3, column date, value "2012-02-30": date is not a real date written YYYY-MM-DD',
      `  line 4, column ref, value "${'r'.repeat(60)}…": ref is longer than 200 characters`,
      `  line 5, column ref, value "${'s'.repeat(60)}": ref repeats the ref on line 4`,
      'File checksum (SHA-256): abc123',
    ]);
  });
});

describe('createRefHasher: keyed hashes of refs', () => {
  it('is HMAC-SHA-256 of namespace, NUL and value under the secret', () => {
    const hash = createRefHasher('secret-1');
    expect(hash('arrests', 'A-1')).toBe(crypto.createHmac('sha256', 'secret-1').update('arrests\u0000A-1').digest('hex'));
    expect(hash('arrests', 'A-1')).not.toBe(createRefHasher('secret-2')('arrests', 'A-1'));
    expect(hash('arrests', 'A-1')).not.toBe(hash('gaia_referrals', 'A-1'));
  });
});
