import { Readable } from 'node:stream';
import fc from 'fast-check';
import { GAIA_AGE_BANDS, REFERRAL_SOURCES, SEXES } from '../../src/datasets/dataset-catalogue';
import { formatImportReport } from '../../src/import/import-report';
import { importFile, type ImportReport } from '../../src/import/importer.service';
import { TEST_HASH_SECRET } from '../import-helpers';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { tally } from './tally';

/**
 * Property-based fuzzing of the importer with the files partners' systems and spreadsheets really
 * produce, and worse: whatever the bytes, the importer must answer with a report (never throw),
 * store all of the file or none of it, and say what was wrong in words.
 */
let db: TestDatabase;
let strands: string[];
let wards: string[];
beforeAll(async () => {
  db = await createTestDatabase();
  strands = (await db.dataSource.query('SELECT code FROM strand')).map((r: { code: string }) => r.code);
  wards = (await db.dataSource.query(`SELECT gss_code FROM ward WHERE valid_from <= '2012-04-01' AND (valid_to IS NULL OR valid_to >= '2013-03-31')`)).map((r: { gss_code: string }) => r.gss_code);
});
afterAll(() => db.drop());

const HEADER = ['ref', 'date', 'strand', 'ward_code', 'age_band', 'sex', 'referral_source', 'person_ref'];
const FORMULAS = ['=HYPERLINK("http://evil.example/","click me")', '=1+1', '+44 20 7946 0000', '-2+3', '@SUM(A1:A9)', '=cmd|\' /C calc\'!A0', '\t=1+1', '\r=1'];
let fileNumber = 0;

/** A valid Gaia referrals file: every row a real record, refs unique to this file. */
const validRows = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 364 }),
    strand: fc.integer({ min: 0, max: 7 }),
    ward: fc.option(fc.nat(), { nil: undefined }),
    age: fc.constantFrom(...GAIA_AGE_BANDS),
    sex: fc.constantFrom(...SEXES),
    source: fc.constantFrom(...REFERRAL_SOURCES),
    person: fc.option(fc.nat({ max: 50 }), { nil: undefined }),
  }),
  { minLength: 1, maxLength: 40 },
).map((records) => {
  fileNumber += 1;
  return records.map((r, i) => [
    `F${fileNumber}-G-${i}`,
    new Date(Date.UTC(2012, 3, 1 + r.day)).toISOString().slice(0, 10),
    strands[r.strand % strands.length],
    r.ward === undefined ? '' : wards[r.ward % wards.length],
    r.age, r.sex, r.source,
    r.person === undefined ? '' : `P-${r.person}`,
  ]);
});

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const toCsv = (header: string[], rows: string[][], eol = '\n') => [header, ...rows].map((r) => r.map(quote).join(',')).join(eol) + eol;

interface HostileFile {
  kind: string;
  bytes: Buffer;
}

const hostileFiles: fc.Arbitrary<HostileFile> = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({ kind: 'random bytes', bytes: Buffer.from(bytes) })),
  fc.tuple(validRows, fc.uint8Array({ minLength: 1, maxLength: 2048 })).map(([rows, tail]) => ({ kind: 'valid start, random bytes after', bytes: Buffer.concat([Buffer.from(toCsv(HEADER, rows)), Buffer.from(tail)]) })),
  fc.string({ unit: 'binary', maxLength: 2000 }).map((text) => ({ kind: 'random Unicode text', bytes: Buffer.from(`${HEADER.join(',')}\n${text}`) })),
  validRows.map((rows) => ({ kind: 'Latin-1', bytes: Buffer.from(toCsv(HEADER, rows.map((r, i) => (i === 0 ? [`${r[0]}-CAFÉ`, ...r.slice(1)] : r))), 'latin1') })),
  fc.tuple(validRows, fc.boolean()).map(([rows, bom]) => ({ kind: 'UTF-16', bytes: Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(toCsv(HEADER, rows), 'utf16le')]) })),
  fc.tuple(validRows, fc.boolean()).map(([rows, crlf]) => ({ kind: 'BOM', bytes: Buffer.from(`\uFEFF${toCsv(HEADER, rows, crlf ? '\r\n' : '\n')}`) })),
  fc.tuple(validRows, fc.nat()).map(([rows, at]) => {
    const text = toCsv(HEADER, rows);
    const position = at % text.length;
    return { kind: 'unbalanced quote', bytes: Buffer.from(text.slice(0, position) + '"' + text.slice(position)) };
  }),
  fc.tuple(validRows, fc.nat()).map(([rows, at]) => {
    const text = Buffer.from(toCsv(HEADER, rows));
    const position = at % text.length;
    return { kind: 'NUL byte', bytes: Buffer.concat([text.subarray(0, position), Buffer.from([0]), text.subarray(position)]) };
  }),
  fc.tuple(validRows, fc.nat({ max: HEADER.length - 1 })).map(([rows, column]) => ({
    kind: 'duplicate header', bytes: Buffer.from(toCsv([...HEADER, HEADER[column]], rows.map((r) => [...r, r[column]]))),
  })),
  fc.tuple(validRows, fc.nat()).map(([rows, at]) => ({ kind: 'duplicate ref', bytes: Buffer.from(toCsv(HEADER, [...rows, rows[at % rows.length]])) })),
  fc.tuple(validRows, fc.nat(), fc.nat({ max: HEADER.length - 1 }), fc.constantFrom(...FORMULAS)).map(([rows, at, column, formula]) => {
    const changed = rows.map((r, i) => (i === at % rows.length ? r.map((cell, c) => (c === column ? formula : cell)) : r));
    return { kind: 'spreadsheet formula', bytes: Buffer.from(toCsv(HEADER, changed)) };
  }),
  fc.tuple(validRows, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 5 })).map(([rows, flips]) => {
    const bytes = Buffer.from(toCsv(HEADER, rows));
    for (const [at, value] of flips) bytes[at % bytes.length] = value;
    return { kind: 'bytes flipped', bytes };
  }),
  fc.tuple(validRows, fc.nat()).map(([rows, at]) => {
    const bytes = Buffer.from(toCsv(HEADER, rows));
    return { kind: 'truncated', bytes: bytes.subarray(0, at % bytes.length) };
  }),
  validRows.map((rows) => ({ kind: 'old Mac line ends (CR)', bytes: Buffer.from(toCsv(HEADER, rows, '\r')) })),
  fc.tuple(validRows, fc.constantFrom('\u200b', '\u202e', '\ufffd', 'ß', '😀', '\u0085')).map(([rows, odd]) => ({
    kind: 'odd Unicode in values', bytes: Buffer.from(toCsv(HEADER, rows.map((r) => r.map((cell, c) => (c === 2 ? `${cell}${odd}` : cell))))),
  })),
);

const countRows = async () => Number((await db.dataSource.query('SELECT count(*) AS n FROM gaia_referral'))[0].n);
const FORMULA_START = `^[=+@\\t\\r-]`;

async function formulasStored(): Promise<number> {
  const [{ n }] = await db.dataSource.query(
    `SELECT count(*)::int AS n FROM gaia_referral WHERE strand ~ $1 OR coalesce(ward_code, '') ~ $1 OR age_band ~ $1 OR sex ~ $1 OR referral_source ~ $1`,
    [FORMULA_START],
  );
  return n;
}

/** The invariants every file must meet, whatever it holds. */
async function importAndCheck(file: HostileFile, limits?: { maxBytes: number; maxRows: number }): Promise<ImportReport> {
  const before = await countRows();
  const report = await importFile(db.dataSource, {
    dataset: 'gaia_referrals', open: () => Readable.from([file.bytes]), importedBy: 'fuzz', hashSecret: TEST_HASH_SECRET, limits,
  });
  const after = await countRows();
  expect(['imported', 'refused']).toContain(report.status);
  expect(report.checksum).toMatch(/^[0-9a-f]{64}$/);
  if (report.status === 'refused') {
    expect(after).toBe(before); // never a partial import
    expect(report.issues.length).toBeGreaterThan(0);
    for (const issue of report.issues) {
      expect(Number.isInteger(issue.line) && issue.line >= 0).toBe(true);
      expect(issue.reason.length).toBeGreaterThan(10);
      expect(issue.reason).not.toMatch(/undefined|\[object|TypeError|Cannot read/);
    }
  } else {
    expect(after).toBe(before + report.inserted);
    expect(report.inserted + report.updated + report.unchanged + report.rejected).toBe(report.rowsRead);
  }
  expect(formatImportReport(report, 'fuzz.csv')).toContain('File checksum (SHA-256)');
  tally({ fuzzCases: 1, fuzzKinds: [file.kind], rowsLost: report.status === 'refused' ? Math.abs(after - before) : Math.abs(after - before - report.inserted) });
  return report;
}

describe('hostile files', () => {
  it('never crash the importer, never import part of a file, and always get a report in words', async () => {
    await fc.assert(fc.asyncProperty(hostileFiles, async (file) => void (await importAndCheck(file))), { numRuns: 1500 });
    expect(await formulasStored()).toBe(0);
  });

  it('are refused for the reason a person can act on', async () => {
    const reasons = async (file: HostileFile) => (await importAndCheck(file)).issues.map((i) => i.reason).join(' | ');
    await fc.assert(fc.asyncProperty(validRows, async (rows) => {
      expect(await reasons({ kind: 'Latin-1', bytes: Buffer.from(toCsv(HEADER, [[`${rows[0][0]}-É`, ...rows[0].slice(1)], ...rows.slice(1)]), 'latin1') })).toMatch(/not UTF-8 text; the file was probably saved as Latin-1/);
      expect(await reasons({ kind: 'UTF-16', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(toCsv(HEADER, rows), 'utf16le')]) })).toMatch(/UTF-16 text, not UTF-8/);
      expect(await reasons({ kind: 'duplicate header', bytes: Buffer.from(toCsv([...HEADER, 'strand'], rows.map((r) => [...r, r[2]]))) })).toContain('column "strand" appears more than once in the header');
      expect(await reasons({ kind: 'duplicate ref', bytes: Buffer.from(toCsv(HEADER, [...rows, rows[0]])) })).toContain(`ref repeats the ref on line 2; a file may hold each record once`);
      expect(await reasons({ kind: 'spreadsheet formula', bytes: Buffer.from(toCsv(HEADER, [[rows[0][0], rows[0][1], '=HYPERLINK("http://evil.example/","x")', ...rows[0].slice(3)]])) })).toContain('is not one of the eight strands');
    }), { numRuns: 40 });
  });

  it('are stored only as hashes when a formula is a ref', async () => {
    const report = await importAndCheck({ kind: 'spreadsheet formula', bytes: Buffer.from(toCsv(HEADER, [['=HYPERLINK("http://evil.example/","x")', '2012-05-01', strands[0], '', 'unknown', 'female', 'self', '@SUM(A1)']])) });
    expect(report).toMatchObject({ status: 'imported', inserted: 1 });
    const stored = JSON.stringify(await db.dataSource.query('SELECT * FROM gaia_referral'));
    expect(stored).not.toMatch(/HYPERLINK|SUM\(/);
  });

  it('are refused before they cost memory when huge: a 10 MB field, a million columns, a file past the size and row limits', async () => {
    const cases: [HostileFile, RegExp, { maxBytes: number; maxRows: number }?][] = [
      [{ kind: '10 MB field', bytes: Buffer.from(`${HEADER.join(',')}\nG-1,2012-05-01,${'x'.repeat(10 * 1024 * 1024)},,unknown,female,self,\n`) }, /^line 2 is longer than 65,536 characters/],
      [{ kind: '10 MB quoted field', bytes: Buffer.from(`${HEADER.join(',')}\n"${'y'.repeat(10 * 1024 * 1024)}"\n`) }, /^line 2 is longer than 65,536 characters/],
      [{ kind: 'a million columns', bytes: Buffer.from(`${Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',')}\n`) }, /^line 1 is longer than 65,536 characters/],
      [{ kind: 'a million empty columns', bytes: Buffer.from(`${HEADER.join(',')}\n${','.repeat(999_999)}\n`) }, /^line 2 is longer than 65,536 characters/],
      [{ kind: 'past the size limit', bytes: Buffer.from(`${HEADER.join(',')}\n${'G,2012-05-01,x,,unknown,female,self,\n'.repeat(40_000)}`) }, /^the file is larger than 1 MB, the most one import accepts \(IMPORT_MAX_BYTES\)/, { maxBytes: 1024 * 1024, maxRows: 1_000_000 }],
      [{ kind: 'past the row limit', bytes: Buffer.from(`${HEADER.join(',')}\n${'G,2012-05-01,x,,unknown,female,self,\n'.repeat(1001)}`) }, /^the file has more than 1,000 rows, the most one import accepts \(IMPORT_MAX_ROWS\)/, { maxBytes: 1 << 30, maxRows: 1000 }],
    ];
    for (const [file, reason, limits] of cases) {
      const report = await importAndCheck(file, limits);
      expect([file.kind, report.status]).toEqual([file.kind, 'refused']);
      expect(report.issues.map((i) => i.reason)).toContainEqual(expect.stringMatching(reason));
    }
  });
});
