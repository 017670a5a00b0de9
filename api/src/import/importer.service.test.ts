import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());
beforeEach(async () => {
  await db.dataSource.query('TRUNCATE police_operation, warning_letter, arrest, gaia_referral, chrysalis_move_on, figure_revision, import_batch');
});

const count = async (table: string) => Number((await db.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

const GAIA_HEADER = 'ref,date,strand,ward_code,age_band,sex,referral_source,person_ref';
const validGaia = csv(
  GAIA_HEADER,
  'G-1,2012-05-03,domestic_violence,E05000426,25_34,female,police,P-1',
  'G-2,2012-07-19,trafficking,,18_24,female,self,',
  '"G-3, with comma",2013-01-02,stalking,E05000420,35_44,male,health,P-1',
);

describe('importing a valid file', () => {
  it('stores every row and records the batch with its counts and checksum', async () => {
    const report = await importCsv(db.dataSource, 'gaia_referrals', validGaia);
    expect(report).toMatchObject({ status: 'imported', rowsRead: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0, issues: [] });
    expect(report.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(await count('gaia_referral')).toBe(3);
    const [batch] = await db.dataSource.query('SELECT dataset, checksum, inserted, updated, unchanged, rejected, imported_by FROM import_batch');
    expect(batch).toEqual({ dataset: 'gaia_referrals', checksum: report.checksum, inserted: 3, updated: 0, unchanged: 0, rejected: 0, imported_by: 'test' });
  });

  it('stores keyed hashes, never the refs or person refs as given', async () => {
    await importCsv(db.dataSource, 'gaia_referrals', validGaia);
    const rows: { ref_hash: string; person_hash: string | null; ward_code: string | null }[] = await db.dataSource.query('SELECT ref_hash, person_hash, ward_code FROM gaia_referral ORDER BY date');
    const stored = JSON.stringify(rows);
    for (const raw of ['G-1', 'G-2', 'G-3', 'P-1']) expect(stored).not.toContain(raw);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.ref_hash))).toBe(true);
    expect(rows[0].person_hash).toBe(rows[2].person_hash); // the same person can still be counted once
    expect(rows[1]).toMatchObject({ person_hash: null, ward_code: null }); // empty ward: unknown / outside the borough
  });

  it('accepts a byte-order mark, CRLF line ends and columns in any order', async () => {
    const text = '\uFEFFdate,operation_type,ref,ward_code\r\n2012-05-01,kerb_crawling,OP-1,E05000420\r\n';
    const report = await importCsv(db.dataSource, 'police_operations', text);
    expect(report).toMatchObject({ status: 'imported', inserted: 1 });
  });

  it('changes nothing when the same file is imported again', async () => {
    await importCsv(db.dataSource, 'gaia_referrals', validGaia);
    const again = await importCsv(db.dataSource, 'gaia_referrals', validGaia);
    expect(again).toMatchObject({ status: 'imported', inserted: 0, updated: 0, unchanged: 3 });
    expect(await count('gaia_referral')).toBe(3);
  });

  it('moves a corrected record: a re-sent ref replaces the earlier version', async () => {
    await importCsv(db.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', 'OP-9,2012-05-01,E05000420,kerb_crawling'));
    const correction = await importCsv(db.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', 'OP-9,2013-02-11,E05000429,kerb_crawling'));
    expect(correction).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    const rows = await db.dataSource.query(`SELECT to_char(date, 'YYYY-MM-DD') AS date, ward_code FROM police_operation`);
    expect(rows).toEqual([{ date: '2013-02-11', ward_code: 'E05000429' }]);
  });
});

describe('refusing a file', () => {
  const ops = (...rows: string[]) => csv('ref,date,ward_code,operation_type', ...rows);
  const cases: [string, string, { line: number; column: string; value: string; reason: string }][] = [
    ['an unknown column', csv('ref,date,ward_code,operation_type,officer_name', 'OP-1,2012-05-01,E05000420,kerb_crawling,Smith'),
      { line: 1, column: 'officer_name', value: 'officer_name', reason: 'column "officer_name" is not part of the police_operations contract; remove it (columns allowed: ref, date, ward_code, operation_type)' }],
    ['an unknown ward', ops('OP-1,2012-05-01,E05999999,kerb_crawling'),
      { line: 2, column: 'ward_code', value: 'E05999999', reason: 'ward_code is not a Lambeth ward code (GSS code E05…, see the wards reference)' }],
    ['a ward not valid on the date', ops('OP-1,2022-06-01,E05000426,kerb_crawling'),
      { line: 2, column: 'ward_code', value: 'E05000426', reason: 'ward_code is Oval, which was not a ward on 2022-06-01 (valid 2002-05-02 to 2022-05-04)' }],
    ['an impossible date', ops('OP-1,2013-02-29,E05000420,kerb_crawling'),
      { line: 2, column: 'date', value: '2013-02-29', reason: 'date is not a real date written YYYY-MM-DD' }],
    ['a date before 2000', ops('OP-1,1999-12-31,E05000420,kerb_crawling'),
      { line: 2, column: 'date', value: '1999-12-31', reason: 'date is before 2000-01-01' }],
    ['a missing required value', ops('OP-1,2012-05-01,E05000420,'),
      { line: 2, column: 'operation_type', value: '', reason: 'is required but empty' }],
    ['a missing required column', csv('ref,date,operation_type', 'OP-1,2012-05-01,kerb_crawling'),
      { line: 1, column: 'ward_code', value: '', reason: 'required column "ward_code" is missing from the header' }],
    ['a value outside the code list', ops('OP-1,2012-05-01,E05000420,raid'),
      { line: 2, column: 'operation_type', value: 'raid', reason: 'operation_type must be one of: kerb_crawling, other' }],
  ];

  it.each(cases)('refuses a file with %s, stores nothing and says why', async (_name, text, issue) => {
    await importCsv(db.dataSource, 'police_operations', ops('OP-0,2012-04-01,E05000420,kerb_crawling'));
    const report = await importCsv(db.dataSource, 'police_operations', text);
    expect(report.status).toBe('refused');
    expect(report.issues).toEqual([issue]);
    expect(await count('police_operation')).toBe(1);
    expect(await count('import_batch')).toBe(1);
  });

  it('refuses a date in the future', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86400_000).toISOString().slice(0, 10);
    const report = await importCsv(db.dataSource, 'police_operations', ops(`OP-1,${tomorrow},E05000420,kerb_crawling`));
    expect(report.issues).toEqual([{ line: 2, column: 'date', value: tomorrow, reason: expect.stringMatching(/^date is in the future \(today is \d{4}-\d{2}-\d{2}\)$/) }]);
  });

  it('refuses an unknown strand, naming the eight', async () => {
    const report = await importCsv(db.dataSource, 'gaia_referrals', csv(GAIA_HEADER, 'G-1,2012-05-03,begging,E05000426,25_34,female,police,'));
    expect(report.issues).toEqual([{
      line: 2, column: 'strand', value: 'begging',
      reason: 'strand is not one of the eight strands: prostitution, domestic_violence, sexual_violence, stalking, trafficking, fgm, forced_marriage, honour_based_violence',
    }]);
    expect(await count('gaia_referral')).toBe(0);
  });

  it('requires drug_test_referred for women soliciting to sell, not for buyers', async () => {
    const header = 'ref,date,ward_code,offence,sex,age_band,drug_test_referred';
    const report = await importCsv(db.dataSource, 'arrests', csv(header, 'A-1,2012-05-03,E05000420,soliciting_to_sell,female,25_34,', 'A-2,2012-05-03,E05000420,soliciting_to_buy,male,35_44,'));
    expect(report.issues).toEqual([{ line: 2, column: 'drug_test_referred', value: '', reason: 'is required (required when offence is soliciting_to_sell) but empty' }]);
  });

  it('lists every invalid row, in line order, and stores none of the valid ones', async () => {
    const report = await importCsv(db.dataSource, 'police_operations', ops(
      'OP-1,2012-05-01,E05000420,kerb_crawling',
      'OP-2,2012-13-01,E05000420,kerb_crawling',
      'OP-3,2012-05-01,E05000420,kerb_crawling,extra',
      'OP-1,2012-06-01,E05000429,other',
    ));
    expect(report.issues.map((i) => [i.line, i.column, i.reason])).toEqual([
      [3, 'date', 'date is not a real date written YYYY-MM-DD'],
      [4, '', 'row has 5 fields but the header has 4'],
      [5, 'ref', 'ref repeats the ref on line 2; a file may hold each record once'],
    ]);
    expect(report.issues[2].value).toBe('OP-1');
    expect(report.rejected).toBe(3);
    expect(await count('police_operation')).toBe(0);
  });

  it('refuses a file that is not valid CSV, saying where the unclosed quote is', async () => {
    const report = await importCsv(db.dataSource, 'police_operations', 'ref,date,ward_code,operation_type\n"OP-1,2012-05-01,E05000420,kerb_crawling\n');
    expect(report.status).toBe('refused');
    expect(report.issues[0].reason).toBe('the file ends inside a quoted value: a quote (") opened on or before line 2 is never closed');
    expect(await count('police_operation')).toBe(0);
  });

  it('refuses an empty file', async () => {
    const report = await importCsv(db.dataSource, 'police_operations', '');
    expect(report.issues).toEqual([{ line: 1, column: '', value: '', reason: 'the file is empty: a header row is required' }]);
  });
});

describe('options', () => {
  const text = csv('ref,date,ward_code,operation_type', 'OP-1,2012-05-01,E05000420,kerb_crawling', 'OP-2,2012-05-01,E05000420,raid', '"OP-3",2012-05-02,E05000429,other');

  it('skip-invalid imports the valid rows and hands back the invalid ones untouched', async () => {
    const report = await importCsv(db.dataSource, 'police_operations', text, { skipInvalid: true });
    expect(report).toMatchObject({ status: 'imported', inserted: 2, rejected: 1 });
    expect(report.rejectedCsv).toBe('ref,date,ward_code,operation_type\nOP-2,2012-05-01,E05000420,raid\n');
    const [batch] = await db.dataSource.query('SELECT inserted, rejected FROM import_batch');
    expect(batch).toEqual({ inserted: 2, rejected: 1 });
  });

  it("skip-invalid keeps the file's Windows line ends (CRLF, as Excel saves) in the reject file", async () => {
    const windows = ['ref,date,ward_code,operation_type', 'OP-7,2012-05-01,E05000420,kerb_crawling', 'OP-8,2012-05-01,E05000420,raid', 'OP-9,2012-05-02,E05000429,other'].join('\r\n') + '\r\n';
    const report = await importCsv(db.dataSource, 'police_operations', windows, { skipInvalid: true });
    expect(report).toMatchObject({ status: 'imported', inserted: 2, rejected: 1 });
    expect(report.rejectedCsv).toBe('ref,date,ward_code,operation_type\r\nOP-8,2012-05-01,E05000420,raid\r\n');
  });

  it('dry-run reports what would change and stores nothing', async () => {
    const report = await importCsv(db.dataSource, 'police_operations', text, { dryRun: true, skipInvalid: true });
    expect(report).toMatchObject({ status: 'checked', inserted: 2, rejected: 1, batchId: null });
    expect(await count('police_operation')).toBe(0);
    expect(await count('import_batch')).toBe(0);
  });
});

describe('a large file', () => {
  it('imports 100,000 rows in one transaction', async () => {
    const wards = ['E05000416', 'E05000420', 'E05000426', 'E05000429', 'E05000436'];
    const strands = ['domestic_violence', 'sexual_violence', 'stalking', 'trafficking'];
    const lines = [GAIA_HEADER];
    for (let i = 0; i < 100_000; i += 1) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      lines.push(`R-${i},2013-${month}-${day},${strands[i % 4]},${wards[i % 5]},25_34,female,self,P-${i % 40_000}`);
    }
    const started = process.hrtime.bigint();
    const report = await importCsv(db.dataSource, 'gaia_referrals', csv(...lines));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    expect(report).toMatchObject({ status: 'imported', inserted: 100_000, rejected: 0 });
    expect(await count('gaia_referral')).toBe(100_000);
    console.log(`Imported 100,000 rows in ${seconds.toFixed(2)} s (${Math.round(100_000 / seconds)} rows/s)`);
  });
});
