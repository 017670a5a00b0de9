import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { runCli } from '../../test/run-cli';
import { addDays, londonToday } from '../shared/dates';

let db: TestDatabase;
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-cli-'));
const file = (name: string, text: string) => {
  const full = path.join(directory, name);
  fs.writeFileSync(full, text);
  return full;
};
const importCli = (...args: string[]) => runCli('src/import/import.cli.ts', args, { ...process.env, DATABASE_URL: db.url });
const count = async () => Number((await db.dataSource.query('SELECT count(*) AS n FROM police_operation'))[0].n);

beforeAll(async () => (db = await createTestDatabase()));
afterAll(async () => {
  await db.drop();
  fs.rmSync(directory, { recursive: true, force: true });
});

describe('npm run import', () => {
  const good = 'ref,date,ward_code,operation_type\nOP-1,2012-05-01,E05000420,kerb_crawling\nOP-2,2012-06-01,E05000429,other\n';
  const mixed = 'ref,date,ward_code,operation_type\nOP-3,2012-05-01,E05000420,kerb_crawling\nOP-4,2012-06-31,E05000429,other\n';

  it('exits 0 when the file was imported and says what it did', async () => {
    const result = importCli('--dataset', 'police_operations', '--file', file('good.csv', good));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Imported good.csv into police_operations (batch 1). 2 rows read: 2 inserted, 0 updated, 0 unchanged, 0 rejected.');
    expect(await count()).toBe(2);
  });

  it('exits 1 when the file was refused, listing each invalid row, and stores nothing', async () => {
    const result = importCli('--dataset', 'police_operations', '--file', file('mixed.csv', mixed));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Refused mixed.csv for police_operations: nothing from it was stored. 1 problem(s) found:');
    expect(result.stderr).toContain('line 3, column date, value "2012-06-31": date is not a real date written YYYY-MM-DD');
    expect(await count()).toBe(2);
  });

  it('with --skip-invalid imports the valid rows and writes a reject file', async () => {
    const rejects = path.join(directory, 'rejects.csv');
    const result = importCli('--dataset', 'police_operations', '--file', file('mixed2.csv', mixed), '--skip-invalid', '--reject-file', rejects);
    expect(result.status).toBe(0);
    expect(fs.readFileSync(rejects, 'utf8')).toBe('ref,date,ward_code,operation_type\nOP-4,2012-06-31,E05000429,other\n');
    expect(await count()).toBe(3);
  });

  it('with --dry-run stores nothing', async () => {
    const result = importCli('--dataset', 'police_operations', '--file', file('dry.csv', 'ref,date,ward_code,operation_type\nOP-9,2012-05-01,E05000420,other\n'), '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Dry run of dry.csv for police_operations: it would be imported; nothing was stored.');
    expect(await count()).toBe(3);
  });

  it.each([
    [['--dataset', 'police_operation', '--file', 'x.csv'], '--dataset must be one of: police_operations, warning_letters, arrests, gaia_referrals, chrysalis_move_ons, wards, ward_best_fit'],
    [['--dataset', 'wards', '--file', 'x.csv'], '--valid-from is required with --dataset wards: the day the new wards took effect, e.g. 2026-05-07'],
    [['--dataset', 'wards', '--valid-from', '2026-02-30', '--file', 'x.csv'], '--valid-from must be a real date written YYYY-MM-DD; got "2026-02-30"'],
    [['--dataset', 'police_operations', '--valid-from', '2026-05-07', '--file', 'x.csv'], '--valid-from is only for --dataset wards'],
    [['--dataset', 'ward_best_fit', '--skip-invalid', '--file', 'x.csv'], '--skip-invalid and --reject-file are for partner data: ward_best_fit is loaded whole or not at all'],
    [['--dataset', 'police_operations'], '--file is required'],
    [['--dataset', 'police_operations', '--file', '/no/such/file.csv'], '--file /no/such/file.csv: no such file'],
    [['--datasets', 'police_operations'], 'unknown option "--datasets"'],
  ])('exits 2 on a usage error: %j', (args, message) => {
    const result = importCli(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: npm run import');
  });
});

describe('npm run import with the wards of the day (2022 codes, and a made-up vintage after them)', () => {
  let current: TestDatabase;
  beforeAll(async () => (current = await createTestDatabase()));
  afterAll(() => current.drop());
  const run = (...args: string[]) => runCli('src/import/import.cli.ts', args, { ...process.env, DATABASE_URL: current.url });
  const gaia = (ward: string) => `ref,date,strand,ward_code,age_band,sex,referral_source\nG-1,2026-06-01,domestic_violence,E05014096,25_34,female,self\nG-2,2026-06-01,domestic_violence,${ward},25_34,female,police\n`;
  const operations = (ward: string) => `ref,date,ward_code,operation_type\nOP-26,2026-06-01,${ward},kerb_crawling\n`;
  /** A made-up ONS lookup for a boundary review in 2026: invented codes E0599xxxx, the columns ONS publishes, Southwark rows to ignore. */
  const wd26 = ['FID,WD26CD,WD26NM,WD26NMW,LAD26CD,LAD26NM', '1,E05011095,Borough & Bankside,,E09000028,Southwark',
    ...Array.from({ length: 26 }, (_, i) => `${i + 2},E0599${String(i + 1).padStart(4, '0')},Invented Ward ${i + 1},,E09000022,Lambeth`)].join('\n') + '\n';

  it('imports a 2026 file with 2022 ward codes, and refuses the same file with a 2002 code, naming the line', () => {
    const good = run('--dataset', 'gaia_referrals', '--file', file('gaia-2026.csv', gaia('E05014095')));
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('2 rows read: 2 inserted');
    expect(run('--dataset', 'police_operations', '--file', file('ops-2026.csv', operations('E05014118'))).status).toBe(0);

    const old = run('--dataset', 'gaia_referrals', '--file', file('gaia-2026-old-ward.csv', gaia('E05000426')));
    expect(old.status).toBe(1);
    expect(old.stderr).toContain('  line 3, column ward_code, value "E05000426": ward_code is Oval, which was not a ward on 2026-06-01 (valid 2002-05-02 to 2022-05-04)');
    const greenwich = run('--dataset', 'police_operations', '--file', file('ops-2026-greenwich.csv', operations('E05014085')));
    expect(greenwich.status).toBe(1);
    expect(greenwich.stderr).toContain('  line 2, column ward_code, value "E05014085": ward_code is not a Lambeth ward code');
  });

  it('loads a new vintage of wards from an ONS lookup, then checks records against it', async () => {
    // The new wards took effect a month ago, so a record of today is dated after the change.
    const today = londonToday();
    const validFrom = addDays(today, -30);
    const closedOn = addDays(validFrom, -1);
    const loaded = run('--dataset', 'wards', '--valid-from', validFrom, '--file', file('WD26_LAD26_UK_LU.csv', wd26));
    expect(loaded.stderr).toBe('');
    expect(loaded.status).toBe(0);
    expect(loaded.stdout).toContain(`Loaded WD26 from WD26_LAD26_UK_LU.csv: 26 Lambeth wards valid from ${validFrom} (26 new, 0 continuing). Closed on ${closedOn}: 25 WD22 ward(s). 1 row(s) for other local authorities ignored.`);
    const [audit] = await current.dataSource.query(`SELECT operation, role, outcome, arguments FROM audit_log WHERE operation = 'import wards'`);
    expect(audit).toMatchObject({ operation: 'import wards', role: 'analyst', outcome: 'ok', arguments: { dataset: 'wards', file: 'WD26_LAD26_UK_LU.csv', validFrom, dryRun: false } });

    const after = (ward: string) => `ref,date,ward_code,operation_type\nOP-A,${closedOn},E05014095,other\nOP-B,${today},${ward},kerb_crawling\n`;
    expect(run('--dataset', 'police_operations', '--file', file('ops-new-ward.csv', after('E05990001'))).status).toBe(0);
    const closed = run('--dataset', 'police_operations', '--file', file('ops-closed-ward.csv', after('E05014095')));
    expect(closed.status).toBe(1);
    expect(closed.stderr).toContain(`  line 3, column ward_code, value "E05014095": ward_code is Brixton Acre Lane, which was not a ward on ${today} (valid 2022-05-05 to ${closedOn})`);
  });

  it('refuses a lookup it cannot load with status 1, storing nothing', async () => {
    const wards = async () => (await current.dataSource.query('SELECT count(*)::int AS n FROM ward'))[0].n;
    const before = await wards();
    const refused = run('--dataset', 'wards', '--valid-from', '2027-05-06', '--file', file('WD27.csv', 'WD27CD,WD27NM,LAD27CD\nE0599X001,Bad Code,E09000022\n'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Refused WD27.csv for wards: nothing from it was stored. 1 problem(s) found:\n  line 2, column WD27CD, value "E0599X001": is not a GSS ward code');
    expect(await wards()).toBe(before);
  });

  it('loads a best-fit lookup from the 2022 wards to the new ones, and refuses one whose shares do not add up', () => {
    const codes22 = fs.readFileSync(path.join(__dirname, '../reference/data/ward-lookups/WD22_LAD22_Lambeth.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    const rows = codes22.map((code, i) => `${code},E0599${String(i + 1).padStart(4, '0')},1`);
    const good = run('--dataset', 'ward_best_fit', '--file', file('best-fit.csv', ['from_ward_code,to_ward_code,share', ...rows].join('\n') + '\n'));
    expect(good.stderr).toBe('');
    expect(good.stdout).toContain('Loaded best-fit.csv into ward_best_fit: 25 share(s) from 25 WD22 ward(s) into 25 WD26 ward(s), replacing 0 loaded before.');
    const bad = run('--dataset', 'ward_best_fit', '--file', file('best-fit-bad.csv', ['from_ward_code,to_ward_code,share', ...rows.slice(1), `${codes22[0]},E05990001,0.5`].join('\n') + '\n'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('  line 26, column share, value "0.5": the shares of E05014095 (lines 26) add up to 0.5; one old ward\'s shares add up to 1 (within 0.001)');
  });
});
