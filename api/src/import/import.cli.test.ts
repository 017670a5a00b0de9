import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { runCli } from '../../test/run-cli';

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
    [['--dataset', 'police_operation', '--file', 'x.csv'], '--dataset must be one of: police_operations, warning_letters, arrests, gaia_referrals, chrysalis_move_ons'],
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
