import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../src/access/roles';
import { DATASETS } from '../../src/datasets/dataset-catalogue';
import { createDataSource } from '../../src/db/data-source';
import { ensureDatabase, openRequestDataSource } from '../../src/db/database';
import { loadDemoDataIfEmpty } from '../../src/demo/demo-loader';
import { answerFigures } from '../../src/figures/answer-figures';
import type { Granularity } from '../../src/shared/financial-periods';
import { MEASURES } from '../../src/measures/measure-catalogue';
import { loadReferenceCatalogue } from '../../src/reference/reference-catalogue';
import { csv, importCsv, TEST_HASH_SECRET } from '../import-helpers';
import { runCli } from '../run-cli';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { tally } from './tally';

const member: AuthUser = { subject: 'backup-test', role: 'member', wards: [] };
const funder: AuthUser = { subject: 'backup-test', role: 'funder', wards: [] };

/** Every measure, every year of the demo data, by quarter and by each of its breakdowns, as two roles see them. */
async function figuresOf(requests: DataSource): Promise<unknown[]> {
  const reference = await loadReferenceCatalogue(requests);
  const answers: unknown[] = [];
  for (const measure of MEASURES) {
    for (const financialYear of ['2011/12', '2012/13', '2013/14']) {
      for (const groupBy of [null, ...Object.keys(DATASETS[measure.dataset].dimensions).slice(0, 2).map((d) => [d])]) {
        // Funders are not given the operational group's own measures (forced begging).
        for (const user of measure.operationalOnly ? [member] : [member, funder]) {
          const args = { measure: measure.id, financialYear, from: null, to: null, granularity: 'QUARTER' as Granularity, groupBy: groupBy as never, filter: null };
          answers.push(await answerFigures({ user, dataSource: requests, reference: async () => reference }, args));
        }
      }
    }
  }
  return answers;
}

/** Row counts and a digest of every fact table's contents, to show nothing was lost or changed. */
async function tableDigest(owner: DataSource): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const table of ['police_operation', 'warning_letter', 'arrest', 'gaia_referral', 'chrysalis_move_on', 'import_batch', 'ward', 'strand']) {
    const [{ n, md5 }] = await owner.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM ${table} t`);
    digest[table] = `${n} ${md5}`;
  }
  return digest;
}

const cliEnv = (url: string) => ({ ...process.env, DATABASE_URL: url });

describe('npm run backup and npm run restore', () => {
  let db: TestDatabase;
  let directory: string;
  let expectedFigures: unknown[];
  let expectedTables: Record<string, string>;
  let file: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-backup-'));
    await loadDemoDataIfEmpty(db.dataSource, { directory, hashSecret: TEST_HASH_SECRET });
    expectedFigures = await figuresOf(db.requestDataSource);
    expectedTables = await tableDigest(db.dataSource);
    file = path.join(directory, 'vawg.dump');
  });
  afterAll(async () => {
    await db.drop();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('backs up the database to one file', () => {
    const backup = runCli('src/backup/backup.cli.ts', ['--out', file], cliEnv(db.url));
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toMatch(/^Backed up the database to .*vawg\.dump \([\d.,]+ (KB|MB|bytes)\)\. Restore it with: npm run restore -- --file /);
    expect(backup.status).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });

  it('refuses to replace a database holding data unless told to', () => {
    const refused = runCli('src/backup/restore.cli.ts', ['--file', file], cliEnv(db.url));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^Refused: the database holds \d+ import batch\(es\), which the backup would replace\. Run again with --replace to replace them\./);
  });

  it('after data is lost and wrong data added, restores figures identical to the backup\'s', async () => {
    await db.dataSource.query('DELETE FROM gaia_referral WHERE date < \'2013-01-01\'');
    await importCsv(db.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', 'LATE-1,2012-06-01,E05000420,kerb_crawling'));
    expect(await figuresOf(db.requestDataSource)).not.toEqual(expectedFigures);

    const restored = runCli('src/backup/restore.cli.ts', ['--file', file, '--replace'], cliEnv(db.url));
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(await tableDigest(db.dataSource)).toEqual(expectedTables);
    expect(await figuresOf(db.requestDataSource)).toEqual(expectedFigures);
    tally({ faultsSurvived: 1, faults: ['data lost, restored from backup'], rowsLost: 0 });
  });

  it('restores into a new, empty database with identical figures, row-level security included', async () => {
    const name = `vawg_restore_${crypto.randomBytes(4).toString('hex')}`;
    const url = await ensureDatabase(process.env.TEST_ADMIN_DATABASE_URL as string, name);
    const restored = runCli('src/backup/restore.cli.ts', ['--file', file], cliEnv(url));
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    const owner = createDataSource(url);
    await owner.initialize();
    const requests = await openRequestDataSource(url, undefined, !process.env.DATABASE_URL);
    try {
      expect(await tableDigest(owner)).toEqual(expectedTables);
      expect(await figuresOf(requests)).toEqual(expectedFigures);
      // The request role still sees nothing without a scope: the policies came back with the tables.
      expect(await requests.query('SELECT count(*)::int AS n FROM gaia_referral')).toEqual([{ n: 0 }]);
      tally({ faultsSurvived: 1, faults: ['database lost, restored from backup into a new one'], rowsLost: 0 });
    } finally {
      await requests.destroy();
      await owner.destroy();
      const admin = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
