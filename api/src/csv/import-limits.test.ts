import { Readable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { TEST_HASH_SECRET } from '../../test/import-helpers';
import { importFile, type ImportReport } from '../import/importer.service';
import { describeBytes, type ImportLimits } from './import-limits';
import { scanUtf8 } from './file-guard';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const HEADER = 'ref,date,ward_code,operation_type';
const row = (n: number) => `OP-${n},2012-05-01,E05000420,kerb_crawling`;
const count = async () => Number((await db.dataSource.query('SELECT count(*) AS n FROM police_operation'))[0].n);

/** Imports bytes exactly as given, in chunks of `chunk` bytes, as a file read from disk arrives. */
function importBytes(bytes: Buffer, limits?: ImportLimits, chunk = 64 * 1024): Promise<ImportReport> {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunk) chunks.push(bytes.subarray(at, at + chunk));
  return importFile(db.dataSource, { dataset: 'police_operations', open: () => Readable.from(chunks), importedBy: 'test', hashSecret: TEST_HASH_SECRET, limits });
}

async function expectRefused(bytes: Buffer, reason: string, limits?: ImportLimits, chunk?: number): Promise<void> {
  const before = await count();
  const report = await importBytes(bytes, limits, chunk);
  expect(report.status).toBe('refused');
  expect(report.issues.map((i) => i.reason)).toContain(reason);
  expect(await count()).toBe(before);
}

describe('the limits on one import', () => {
  it('refuses a file larger than IMPORT_MAX_BYTES, naming the limit', async () => {
    const file = Buffer.from([HEADER, ...Array.from({ length: 100 }, (_, i) => row(i))].join('\n'));
    await expectRefused(file, 'the file is larger than 1 KB, the most one import accepts (IMPORT_MAX_BYTES); split it into smaller files', { maxBytes: 1024, maxRows: 1000 });
  });

  it('refuses a file with more rows than IMPORT_MAX_ROWS, naming the limit', async () => {
    const file = Buffer.from([HEADER, ...Array.from({ length: 11 }, (_, i) => row(i))].join('\n'));
    await expectRefused(file, 'the file has more than 10 rows, the most one import accepts (IMPORT_MAX_ROWS); split it into smaller files', { maxBytes: 1 << 20, maxRows: 10 });
  });

  it('accepts a file exactly at both limits', async () => {
    const file = Buffer.from(`${[HEADER, ...Array.from({ length: 10 }, (_, i) => row(i))].join('\n')}\n`);
    const report = await importBytes(file, { maxBytes: file.length, maxRows: 10 });
    expect(report).toMatchObject({ status: 'imported', inserted: 10 });
  });

  it('refuses a line longer than 65,536 characters (a 10 MB field, a million columns) before holding it in memory', async () => {
    const reason = 'line 2 is longer than 65,536 characters, far longer than any record of the contract: check that this is the right file and that every quote is closed';
    await expectRefused(Buffer.from(`${HEADER}\nOP-1,2012-05-01,E05000420,${'x'.repeat(10 * 1024 * 1024)}\n`), reason);
    await expectRefused(Buffer.from(`${HEADER}\n${','.repeat(1_000_000)}\n`), reason);
    await expectRefused(Buffer.from(`${','.repeat(1_000_000)}\n${row(1)}\n`), reason.replace('line 2', 'line 1'));
  });

  it('refuses a header with more than 100 columns', async () => {
    await expectRefused(Buffer.from(`${HEADER}${',ref'.repeat(200)}\n${row(1)}\n`), 'the header has 204 columns; no dataset of the contract has more than 100: check that this is the right file');
  });

  it('describes limits as people write them', () => {
    expect([describeBytes(20 * 1024 * 1024), describeBytes(100 * 1024), describeBytes(1500)]).toEqual(['20 MB', '100 KB', '1,500 bytes']);
  });
});

describe('files that are not CSV UTF-8', () => {
  it('refuses Latin-1 text, naming the line and the byte', async () => {
    const latin1 = Buffer.from(`${HEADER}\n${row(1)}\nCAFÉ-2,2012-05-01,E05000420,kerb_crawling\n`, 'latin1');
    await expectRefused(latin1, 'line 3 has a byte (0xC9) that is not UTF-8 text; the file was probably saved as Latin-1 or Windows-1252: save it from the spreadsheet as "CSV UTF-8"');
  });

  it('refuses UTF-16 text, with or without its byte-order mark', async () => {
    const text = `${HEADER}\n${row(1)}\n`;
    await expectRefused(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'the file is UTF-16 text, not UTF-8; save it from the spreadsheet as "CSV UTF-8"');
    await expectRefused(Buffer.from(text, 'utf16le'), 'line 1 contains a NUL byte (0x00): this is not a CSV text file (UTF-16 or binary data?); save it from the spreadsheet as "CSV UTF-8"');
  });

  it('refuses a NUL byte, naming its line', async () => {
    await expectRefused(Buffer.from(`${HEADER}\n${row(1)}\nOP-\u00002,2012-05-01,E05000420,kerb_crawling\n`), 'line 3 contains a NUL byte (0x00): this is not a CSV text file (UTF-16 or binary data?); save it from the spreadsheet as "CSV UTF-8"');
  });

  it('accepts UTF-8 characters split across the chunks a file arrives in', async () => {
    const file = Buffer.from(`${HEADER}\nOPÉ€😀-1,2012-05-01,E05000420,kerb_crawling\n`);
    for (const chunk of [1, 2, 3, 5]) expect((await importBytes(file, undefined, chunk)).status).toBe('imported');
  });

  it('refuses a file that ends inside a UTF-8 character', async () => {
    const file = Buffer.concat([Buffer.from(`${HEADER}\n${row(7)}\n`), Buffer.from([0xe2, 0x82])]);
    await expectRefused(file, 'the file ends in the middle of a UTF-8 character; the file was probably saved as Latin-1 or Windows-1252: save it from the spreadsheet as "CSV UTF-8"');
  });

  it('says where an unbalanced quote is', async () => {
    await expectRefused(Buffer.from(`${HEADER}\n"OP-1,2012-05-01,E05000420,kerb_crawling\n${row(2)}\n`), 'the file ends inside a quoted value: a quote (") opened on or before line 3 is never closed');
    await expectRefused(Buffer.from(`${HEADER}\n"OP-1"x,2012-05-01,E05000420,kerb_crawling\n`), 'line 2 has a quote (") inside a value; write such a value in quotes with each quote doubled, like "say ""no"""');
  });
});

describe('scanUtf8', () => {
  it('agrees with Node on what is UTF-8, and finds characters cut at the end', () => {
    expect(scanUtf8(Buffer.from('plain ascii'))).toEqual({ invalidAt: -1, cutAt: 11 });
    expect(scanUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toEqual({ invalidAt: -1, cutAt: 1 });
    expect(scanUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toMatchObject({ invalidAt: 1 }); // overlong
    expect(scanUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toMatchObject({ invalidAt: 0 }); // a UTF-16 surrogate
    expect(scanUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toMatchObject({ invalidAt: 0 }); // above U+10FFFF
    expect(scanUtf8(Buffer.from('é€😀'))).toEqual({ invalidAt: -1, cutAt: 9 });
  });
});
