import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import { loadReferenceData } from '../db/reference-loader';
import { formatWardVintageReport } from './ward-load-report';
import { loadWardVintage } from './ward-vintage.service';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const WD22_FILE = path.join(__dirname, '../reference/data/ward-lookups/WD22_LAD22_Lambeth.csv');
const load = (text: string, validFrom: string, dryRun = false) => loadWardVintage(db.dataSource, { open: () => Readable.from([Buffer.from(text, 'utf8')]), validFrom, dryRun });
const wardTable = async () => db.dataSource.query(`SELECT gss_code, name, vintage, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to FROM ward ORDER BY gss_code`);
const validOn = async (day: string): Promise<string[]> =>
  (await db.dataSource.query(`SELECT gss_code FROM ward WHERE valid_from <= $1 AND (valid_to IS NULL OR valid_to >= $1) ORDER BY gss_code`, [day])).map((r: { gss_code: string }) => r.gss_code);

/** A made-up ONS lookup: the real columns (and some ONS adds), Southwark rows to ignore, invented Lambeth codes E0599xxxx. */
const WD26_HEADER = 'FID,WD26CD,WD26NM,WD26NMW,LAD26CD,LAD26NM';
const fakeWard = (n: number) => `${n},E05990${String(n).padStart(3, '0')},Invented Ward ${n},,E09000022,Lambeth`;
const wd26 = (...extra: string[]) => csv(WD26_HEADER, '100,E05011095,Borough & Bankside,,E09000028,Southwark', ...[1, 2, 3].map(fakeWard), ...extra);

describe('ward vintages loaded from ONS lookups', () => {
  it('has the 2002 set to 4 May 2022 and the shipped WD22 lookup from 5 May 2022 after start', async () => {
    expect(await validOn('2022-05-04')).toHaveLength(21);
    const current = await validOn('2022-05-05');
    expect(current).toHaveLength(25);
    expect(current[0]).toBe('E05014095');
    expect(current[24]).toBe('E05014119');
    const brixtonAcreLane = (await wardTable()).find((w: { gss_code: string }) => w.gss_code === 'E05014095');
    expect(brixtonAcreLane).toEqual({ gss_code: 'E05014095', name: 'Brixton Acre Lane', vintage: 'WD22', valid_from: '2022-05-05', valid_to: null });
  });

  it('loads the shipped lookup again on every start without changing anything', async () => {
    const before = await wardTable();
    await loadReferenceData(db.dataSource);
    expect(await wardTable()).toEqual(before);
    const report = await load(fs.readFileSync(WD22_FILE, 'utf8'), '2022-05-05');
    expect(report.status).toBe('unchanged');
    expect(formatWardVintageReport(report, 'WD22_LAD22_Lambeth.csv')).toContain('WD22 (from 2022-05-05) is already loaded with the 25 wards of WD22_LAD22_Lambeth.csv: nothing changed.');
  });

  describe('refuses a lookup it cannot load, line by line, and stores nothing', () => {
    it.each([
      ['no ward code column', csv('WD26NM,LAD26CD', 'Invented,E09000022'), '2026-05-07', [
        'line 1, column WDyyCD: no ward code column: ONS\'s lookup names it WDyyCD for its vintage, e.g. WD22CD (the header has: WD26NM, LAD26CD)',
      ]],
      ['no name column', csv('WD26CD,LAD26CD', 'E05990001,E09000022'), '2026-05-07', [
        'line 1, column WD26NM: no ward name column WD26NM beside WD26CD (the header has: WD26CD, LAD26CD)',
      ]],
      ['no local authority column', csv('WD26CD,WD26NM', 'E05990001,Invented'), '2026-05-07', [
        "line 1, column LADyyCD: no local authority code column: ONS's lookup names it LADyyCD, e.g. LAD22CD (the header has: WD26CD, WD26NM)",
      ]],
      ['a bad GSS code and a repeated ward', wd26('7,E0599001,Short Code,,E09000022,Lambeth', '8,E05990002,Again,,E09000022,Lambeth', '9,,No Code,,E09000022,Lambeth'), '2026-05-07', [
        'line 6, column WD26CD, value "E0599001": is not a GSS ward code (E05 followed by six digits, e.g. E05014095)',
        'line 7, column WD26CD, value "E05990002": repeats the ward on line 4; a lookup lists each ward once',
        'line 8, column WD26CD: is not a GSS ward code (E05 followed by six digits, e.g. E05014095)',
      ]],
      ['no Lambeth rows', csv(WD26_HEADER, '100,E05011095,Borough & Bankside,,E09000028,Southwark'), '2026-05-07', [
        'line 1, column LAD26CD: no row has LAD26CD E09000022 (Lambeth), so there are no wards to load: check that this is ONS\'s ward to local authority lookup',
      ]],
      ['a start date not after the current vintage', wd26(), '2022-05-05', [
        'valid from 2022-05-05: is not after the start of the current vintage, WD22 (2022-05-05): a new vintage of wards starts after the one it replaces',
      ]],
      ['a closed 2002 ward returning', wd26('4,E05000426,Oval,,E09000022,Lambeth'), '2026-05-07', [
        'line 6, column WD26CD, value "E05000426": was Oval (WD02) until 2022-05-04: a closed ward cannot return (ONS does not reissue a code)',
      ]],
      ['WD22 again from another day', fs.readFileSync(WD22_FILE, 'utf8'), '2022-06-01', [
        'valid from 2022-06-01: WD22 is already loaded, valid from 2022-05-05: a vintage has one start date (check the date given)',
      ]],
      ['WD22 again with other wards', fs.readFileSync(WD22_FILE, 'utf8').replace('E05014119,West Dulwich', 'E05990119,West Dulwich'), '2022-05-05', [
        'line 1, column WD22CD, value "E05014119": E05014119 (West Dulwich) is a WD22 ward as loaded from 2022-05-05 but is not in this file: a vintage once loaded keeps its wards',
        'line 26, column WD22CD, value "E05990119": is not one of the WD22 wards loaded from 2022-05-05: a vintage once loaded keeps its wards (a new set of wards is a new vintage)',
      ]],
    ])('%s', async (_name, text, validFrom, problems) => {
      const before = await wardTable();
      const report = await load(text, validFrom);
      expect(report.status).toBe('refused');
      const printed = formatWardVintageReport(report, 'lookup.csv').split('\n');
      expect(printed[0]).toBe(`Refused lookup.csv for wards: nothing from it was stored. ${problems.length} problem(s) found:`);
      expect(printed.slice(1, -1)).toEqual(problems.map((p) => `  ${p}`));
      expect(await wardTable()).toEqual(before);
    });
  });

  it('a dry run says what it would do and stores nothing', async () => {
    const before = await wardTable();
    const report = await load(wd26(), '2026-05-07', true);
    expect(report.status).toBe('checked');
    expect(formatWardVintageReport(report, 'WD26.csv').split('\n')[0]).toBe(
      'Dry run of WD26.csv for wards: it would load WD26 from WD26.csv: 3 Lambeth wards valid from 2026-05-07 (3 new, 0 continuing). Closed on 2026-05-06: 25 WD22 ward(s). 1 row(s) for other local authorities ignored. Nothing was stored.',
    );
    expect(await wardTable()).toEqual(before);
  });
});

describe('a future vintage, made up, loaded without a code change (temporary database)', () => {
  let future: TestDatabase;
  beforeAll(async () => (future = await createTestDatabase()));
  afterAll(() => future.drop());
  const loadFuture = (text: string, validFrom: string) => loadWardVintage(future.dataSource, { open: () => Readable.from([Buffer.from(text, 'utf8')]), validFrom });

  it('opens the new codes, keeps a code that continues and closes the rest the day before', async () => {
    await importCsv(future.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', 'OP-1,2026-06-01,E05014095,other', 'OP-2,2026-04-01,E05014096,other'));
    const report = await loadFuture(wd26('4,E05014119,West Dulwich,,E09000022,Lambeth'), '2026-05-07');
    expect(formatWardVintageReport(report, 'WD26.csv').split('\n').slice(0, 2)).toEqual([
      'Loaded WD26 from WD26.csv: 4 Lambeth wards valid from 2026-05-07 (3 new, 1 continuing). Closed on 2026-05-06: 24 WD22 ward(s). 1 row(s) for other local authorities ignored.',
      'Note: 1 record(s) already stored, dated 2026-05-07 or later, are in wards closed on 2026-05-06. They keep their ward; re-send them with WD26 codes to move them.',
    ]);
    const onStart = (await future.dataSource.query(`SELECT gss_code, vintage FROM ward WHERE valid_from <= '2026-05-07' AND (valid_to IS NULL OR valid_to >= '2026-05-07') ORDER BY gss_code`));
    expect(onStart).toEqual([
      { gss_code: 'E05014119', vintage: 'WD22' },
      { gss_code: 'E05990001', vintage: 'WD26' }, { gss_code: 'E05990002', vintage: 'WD26' }, { gss_code: 'E05990003', vintage: 'WD26' },
    ]);
    const [acreLane] = await future.dataSource.query(`SELECT to_char(valid_to, 'YYYY-MM-DD') AS valid_to FROM ward WHERE gss_code = 'E05014095'`);
    expect(acreLane.valid_to).toBe('2026-05-06');
  });

  it('checks each record against the wards of its date', async () => {
    const refused = await importCsv(future.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', 'OP-3,2026-06-02,E05990001,other', 'OP-4,2026-06-02,E05014096,other'));
    expect(refused.status).toBe('refused');
    expect(refused.issues).toEqual([{ line: 3, column: 'ward_code', value: 'E05014096', reason: 'ward_code is Brixton North, which was not a ward on 2026-06-02 (valid 2022-05-05 to 2026-05-06)' }]);
    const imported = await importCsv(future.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', 'OP-3,2026-06-02,E05990001,other', 'OP-4,2026-05-06,E05014096,other'));
    expect(imported.status).toBe('imported');
  });

  it('loads the shipped lookups on the next start without reopening what the new vintage closed', async () => {
    await loadReferenceData(future.dataSource);
    const [northBrixton] = await future.dataSource.query(`SELECT to_char(valid_to, 'YYYY-MM-DD') AS valid_to FROM ward WHERE gss_code = 'E05014096'`);
    expect(northBrixton.valid_to).toBe('2026-05-06');
  });

  it('refuses a second vintage that does not start after it', async () => {
    const report = await loadFuture(csv('WD25CD,WD25NM,LAD25CD', 'E05990100,Too Early,E09000022'), '2026-05-07');
    expect(report.issues.map((i) => i.reason)).toEqual(['is not after the start of the current vintage, WD26 (2026-05-07): a new vintage of wards starts after the one it replaces']);
  });
});
