import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { runCli } from '../../test/run-cli';
import { loadWardVintage } from '../wards/ward-vintage.service';

let db: TestDatabase;
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-demo-cli-'));
const demoCli = (...args: string[]) => runCli('src/demo/demo.cli.ts', args, { ...process.env, DATABASE_URL: db.url });
/** A made-up vintage an analyst might load after a 2026 boundary review: its codes exist nowhere else. */
const MADE_UP_WD26 = 'WD26CD,WD26NM,LAD26CD,LAD26NM\nE05999901,Test North,E09000022,Lambeth\nE05999902,Test South,E09000022,Lambeth\n';

beforeAll(async () => {
  db = await createTestDatabase();
  const report = await loadWardVintage(db.dataSource, { open: () => Readable.from([MADE_UP_WD26]), validFrom: '2026-05-07' });
  expect(report.status).toBe('loaded');
});
afterAll(async () => {
  await db.drop();
  fs.rmSync(directory, { recursive: true, force: true });
});

describe('npm run demo:generate', () => {
  it('writes files to the last complete quarter before --today, on the wards the database holds', async () => {
    const out = path.join(directory, 'files');
    const result = demoCli('--out', out, '--today', '2026-12-05');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Wrote \d+ gaia_referrals rows to .*gaia_referrals\.csv$/m);
    const referrals: Record<string, string>[] = parse(fs.readFileSync(path.join(out, 'gaia_referrals.csv')), { columns: true });
    expect(referrals.at(-1)!.date.slice(0, 7)).toBe('2026-09');
    const wardsBetween = (from: string, to: string) => new Set(referrals.filter((r) => r.date >= from && r.date <= to && r.ward_code).map((r) => r.ward_code));
    const vintage = async (name: string) => new Set((await db.dataSource.query('SELECT gss_code FROM ward WHERE vintage = $1', [name])).map((w: { gss_code: string }) => w.gss_code));
    // The analyst's made-up vintage from 7 May 2026, the shipped WD22 wards before it.
    expect(wardsBetween('2026-05-07', '2026-12-05')).toEqual(new Set(['E05999901', 'E05999902']));
    expect(wardsBetween('2022-05-05', '2026-05-06')).toEqual(await vintage('WD22'));
  });

  it.each([
    [['--today', '2026-02-30'], '--today must be a real date written YYYY-MM-DD; got "2026-02-30"'],
    [['--today', '2013-03-31'], "--today: today must be after 2013-03-31, so that the demo holds the briefing's year 2012/13 whole; got 2013-03-31"],
    [['--seed', '-1'], '--seed must be a whole number from 0 to 4294967295; got "-1"'],
  ])('refuses %j with exit status 2, saying why', (flags, message) => {
    const result = demoCli('--out', path.join(directory, 'refused'), ...flags);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(fs.existsSync(path.join(directory, 'refused'))).toBe(false);
  });
});
