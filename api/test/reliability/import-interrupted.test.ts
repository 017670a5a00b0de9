import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { ensureDatabase, prepareDatabase } from '../../src/db/database';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded-postgres';
import { ImportInterruptedError, importFile } from '../../src/import/importer.service';
import { TEST_HASH_SECRET } from '../import-helpers';
import { runCli } from '../run-cli';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { tally } from './tally';

const HEADER = 'ref,date,ward_code,operation_type';
const ROWS = 20_000;
const INTERRUPTED = /^the connection to the database was lost after [\d,]+ row\(s\) of the police_operations file \(.+\)\. Nothing from the file was stored; run the same import again once the database is back\.$/;

let run = 0;
/** A valid police_operations file whose refs no other run uses. */
function operationsFile(rows = ROWS): string[] {
  run += 1;
  return Array.from({ length: rows }, (_, i) => `RUN${run}-OP-${i},2012-0${1 + (i % 9)}-0${1 + (i % 9)},E05000420,kerb_crawling`);
}

/** The file as a stream that, on reaching `faultAt`, waits for `fault` before giving the importer the rest. */
function streamWithFault(rows: string[], faultAt: number, fault: () => Promise<void>): Readable {
  return Readable.from((async function* () {
    yield Buffer.from(`${HEADER}\n`);
    for (let start = 0; start < rows.length; start += 250) {
      const end = Math.min(start + 250, rows.length);
      if (faultAt >= start && faultAt < end) {
        yield Buffer.from(rows.slice(start, faultAt).map((r) => `${r}\n`).join(''));
        await fault();
        yield Buffer.from(rows.slice(faultAt, end).map((r) => `${r}\n`).join(''));
      } else {
        yield Buffer.from(rows.slice(start, end).map((r) => `${r}\n`).join(''));
      }
    }
  })());
}

const countRows = async (query: (sql: string) => Promise<{ n: number }[]>) => (await query('SELECT count(*)::int AS n FROM police_operation'))[0].n;

describe('the connection of an import terminated (pg_terminate_backend) at a random row', () => {
  let db: TestDatabase;
  beforeAll(async () => (db = await createTestDatabase()));
  afterAll(() => db.drop());

  async function terminateImportConnection(): Promise<void> {
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    try {
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const { rowCount } = await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'COPY import_staging%'`,
        );
        if (rowCount) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error('the import\'s connection was never seen copying');
    } finally {
      await admin.end();
    }
  }

  it('fails with a clear message, stores no row of the file, and the same import succeeds afterwards', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: ROWS - 1 }), async (faultAt) => {
        const rows = operationsFile();
        const before = await countRows((sql) => db.dataSource.query(sql));
        const request = { dataset: 'police_operations' as const, importedBy: 'test', hashSecret: TEST_HASH_SECRET };
        const failed = importFile(db.dataSource, { ...request, open: () => streamWithFault(rows, faultAt, terminateImportConnection) });
        await expect(failed).rejects.toBeInstanceOf(ImportInterruptedError);
        await expect(failed).rejects.toThrow(INTERRUPTED);
        expect(await countRows((sql) => db.dataSource.query(sql))).toBe(before);

        const again = await importFile(db.dataSource, { ...request, open: () => Readable.from([Buffer.from(`${HEADER}\n${rows.join('\n')}\n`)]) });
        expect(again).toMatchObject({ status: 'imported', inserted: ROWS });
        const after = await countRows((sql) => db.dataSource.query(sql));
        tally({ faultsSurvived: 1, faults: ['import connection terminated'], rowsLost: before + ROWS - after });
        expect(after).toBe(before + ROWS);
      }),
      { numRuns: 5, endOnFailure: true },
    );
  });
});

describe('the database server killed at a random row of an import', () => {
  let directory: string;
  let server: EmbeddedPostgres;
  let url: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-crash-pg-'));
    server = await startEmbeddedPostgres(directory);
    url = await ensureDatabase(server.url, 'vawg_insight');
    dataSource = createDataSource(url, { poolSize: 2 });
    await dataSource.initialize();
    await prepareDatabase(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy().catch(() => undefined);
    await server.stop();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  const restart = async () => {
    server = await startEmbeddedPostgres(directory, server.port);
  };
  const rowsNow = () => countRows((sql) => dataSource.query(sql));
  const cliEnv = () => ({ ...process.env, DATABASE_URL: url });

  it('fails with a clear message, stores no row of the file, and the import command succeeds after the restart', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: ROWS - 1 }), async (faultAt) => {
        const rows = operationsFile();
        const before = await rowsNow();
        let crashed: Promise<void> | undefined;
        const failed = importFile(dataSource, {
          dataset: 'police_operations', importedBy: 'test', hashSecret: TEST_HASH_SECRET,
          open: () => streamWithFault(rows, faultAt, () => (crashed = server.crash())),
        });
        await expect(failed).rejects.toThrow(INTERRUPTED);
        // The importer sees its connection die before the postmaster is reaped: restarting sooner finds its lock file.
        await crashed;
        await restart();
        expect(await rowsNow()).toBe(before);

        const file = path.join(directory, `operations-${run}.csv`);
        fs.writeFileSync(file, `${HEADER}\n${rows.join('\n')}\n`);
        const imported = runCli('src/import/import.cli.ts', ['--dataset', 'police_operations', '--file', file], cliEnv());
        expect(imported.stdout).toContain(`${ROWS} rows read: ${ROWS} inserted`);
        expect(imported.status).toBe(0);
        const after = await rowsNow();
        tally({ faultsSurvived: 1, faults: ['database killed mid-import'], rowsLost: before + ROWS - after });
        expect(after).toBe(before + ROWS);
      }),
      { numRuns: 3, endOnFailure: true }, // shrinking would rerun against a server a failed run may have left down
    );
  });

  it('when the import command itself is running: it exits 1 saying nothing was stored, and the same command then succeeds', async () => {
    const rows = operationsFile(200_000);
    const file = path.join(directory, 'large.csv');
    fs.writeFileSync(file, `${HEADER}\n${rows.join('\n')}\n`);
    const before = await rowsNow();
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/import/import.cli.ts', '--dataset', 'police_operations', '--file', file], {
      cwd: path.resolve(__dirname, '..', '..'), env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    // Kill the server once the command is copying rows.
    const admin = new Client({ connectionString: url });
    await admin.connect();
    for (let seen = 0; !seen;) {
      seen = (await admin.query(`SELECT 1 FROM pg_stat_activity WHERE query LIKE 'COPY import_staging%' AND pid <> pg_backend_pid()`)).rowCount ?? 0;
      if (!seen) await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 300)));
    await admin.end().catch(() => undefined);
    admin.on('error', () => undefined);
    await server.crash();
    expect(await exited).toBe(1);
    expect(output).toMatch(/Import failed: the connection to the database was lost after [\d,]+ row\(s\) of the police_operations file .*Nothing from the file was stored; run the same import again once the database is back\./);
    await restart();
    expect(await rowsNow()).toBe(before);

    const again = runCli('src/import/import.cli.ts', ['--dataset', 'police_operations', '--file', file], cliEnv());
    expect(again.stdout).toContain('200000 rows read: 200000 inserted');
    expect(again.status).toBe(0);
    const after = await rowsNow();
    tally({ faultsSurvived: 1, faults: ['database killed under the import command'], rowsLost: before + 200_000 - after });
    expect(after).toBe(before + 200_000);
  });
});
