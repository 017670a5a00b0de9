import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { APP_ROLE } from '../db/database';
import { findPgClientTools, libpqEnvironment } from './pg-client-tools';

function run(binary: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} failed (exit ${code}): ${errors.trim().slice(0, 2000)}`))));
  });
}

/**
 * Writes the whole database (schema, data, row-level security policies, grants) to one file in
 * pg_dump's custom format. Written beside the target and renamed into place, so a failed backup
 * never leaves a truncated file under the name of a good one.
 */
export async function backupDatabase(dataSource: DataSource, url: string, file: string): Promise<{ bytes: number }> {
  const tools = await findPgClientTools(dataSource);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await run(tools.pgDump, ['--format=custom', '--compress=6', '--file', partial], libpqEnvironment(url));
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return { bytes: fs.statSync(file).size };
}

/** Import batches in the target: a database that holds any is not replaced without being told to. */
export async function importBatchesIn(dataSource: DataSource): Promise<number> {
  const [{ exists }] = await dataSource.query(`SELECT to_regclass('public.import_batch') IS NOT NULL AS exists`);
  if (!exists) return 0;
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM import_batch');
  return n;
}

/**
 * Replaces everything in the database with the backup, in one transaction: if any part fails,
 * the database is left exactly as it was. Roles live outside databases, so the request role the
 * grants name is made first if this server has never had it.
 */
export async function restoreDatabase(dataSource: DataSource, url: string, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  const tools = await findPgClientTools(dataSource);
  await dataSource.query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
      CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
  END $$`);
  await run(tools.pgRestore, ['--clean', '--if-exists', '--single-transaction', '--exit-on-error', '--no-owner', '--dbname', new URL(url).pathname.slice(1), file], libpqEnvironment(url));
  // A restore can bring back a data version number already used for other records: start a new epoch so no cache mistakes them.
  await dataSource.query(`DO $$ BEGIN
    IF to_regclass('data_version') IS NOT NULL THEN UPDATE data_version SET epoch = gen_random_uuid(); END IF;
  END $$`);
}
