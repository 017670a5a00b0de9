import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import type { Logger } from '../observability/logger';
import { createDataSource } from './data-source';
import { adoptEmbeddedPostgres, APP_ROLE, appRolePassword, processRunning, startEmbeddedPostgres, type AdoptedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { loadReferenceData } from './reference-loader';

export { APP_ROLE };
const DATABASE_NAME = 'vawg_insight';

/** Where the running server tells the CLIs (import, migrate) which database it is using. */
export function connectionFile(dataDir: string): string {
  return path.join(dataDir, 'connection.json');
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface Database {
  /** The owner's connection: migrations, start-up loading and the command-line tools. */
  dataSource: DataSource;
  url: string;
  /** True for the embedded server (ours or a running `npm start`'s), whose request role's password follows from the owner's. */
  embedded: boolean;
  /** Closes the pool and, if this process started the embedded server, stops it. */
  close(): Promise<void>;
}

/**
 * Finds the database to use: DATABASE_URL; else the embedded server a running `npm start` wrote
 * into the data directory; else starts the embedded server itself (and owns it).
 */
export async function openDatabase(options: { announce?: boolean; logger?: Logger } = {}): Promise<Database> {
  const config = loadConfig();
  let url = config.databaseUrl;
  /** The server this process owns and stops: one it started, or one it took over. */
  let embedded: EmbeddedPostgres | AdoptedPostgres | undefined;
  const file = connectionFile(config.dataDir);

  if (!url && fs.existsSync(file)) {
    const written = JSON.parse(fs.readFileSync(file, 'utf8')) as { url: string; pid?: number };
    if (await reachable(written.url)) {
      url = written.url;
      // Its `npm start` was killed: this start takes the server over rather than leave it running for ever.
      if (options.announce && !processRunning(written.pid)) embedded = adoptEmbeddedPostgres(config.dataDir, url);
    }
  }
  if (!url) {
    const started = await startEmbeddedPostgres(config.dataDir);
    embedded = started;
    if (started.passwordsAdded) {
      options.logger?.warn(`The embedded PostgreSQL in ${config.dataDir} was made without passwords: its logins now need the password kept in secrets.json there.`);
    }
    url = await ensureDatabase(started.url, DATABASE_NAME);
  }
  if (embedded && options.announce) writeConnectionFile(file, { url, pid: process.pid });

  const dataSource = createDataSource(url);
  await dataSource.initialize();
  return {
    dataSource,
    url,
    embedded: !config.databaseUrl,
    async close() {
      await dataSource.destroy();
      if (embedded) {
        if (options.announce) fs.rmSync(file, { force: true });
        await embedded.stop();
      }
    },
  };
}

/**
 * The connection file carries the owner's password: readable by its owner only (0600), even when an
 * older file was not, and never seen half-written (written aside, then renamed over).
 */
function writeConnectionFile(file: string, connection: { url: string; pid: number }): void {
  const aside = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(aside, JSON.stringify(connection, null, 2), { mode: 0o600 });
  fs.renameSync(aside, file);
}

/**
 * The pool requests run on. On the embedded server it logs in as `vawg_app`, whose password
 * follows from the owner's (embedded-postgres.ts); elsewhere DATABASE_APP_URL names that login, or, failing that, each pooled connection
 * is opened with the role already set. Read replicas (DATABASE_REPLICA_URLS) are logged into the
 * same way as the primary; only read-only requests use them (replica-reads.ts).
 */
export async function openRequestDataSource(ownerUrl: string, appUrl: string | undefined, embedded: boolean, replicaUrls: string[] = []): Promise<DataSource> {
  const derive = !appUrl && embedded;
  const url = derive ? asAppRole(ownerUrl) : appUrl;
  const replicas = derive ? replicaUrls.map(asAppRole) : replicaUrls;
  const dataSource = createDataSource(url ?? ownerUrl, { poolSize: 10, replicaUrls: replicas });
  if (!url) {
    // The role is a startup option of every connection, so none can ever run a query as the owner
    // (a SET ROLE on connect missed the connection TypeORM opens first, and raced the first query).
    dataSource.setOptions({ extra: { ...dataSource.options.extra, options: `-c role=${APP_ROLE}` } });
  }
  await dataSource.initialize();
  return dataSource;
}

function asAppRole(ownerUrl: string): string {
  const derived = new URL(ownerUrl);
  derived.username = APP_ROLE;
  // A server started before passwords (still running, adopted or borrowed) has none to derive from: it trusts logins.
  derived.password = derived.password ? appRolePassword(decodeURIComponent(derived.password)) : '';
  return derived.toString();
}

/**
 * Runs start-up work (migrations, reference and demo data) while holding a PostgreSQL advisory
 * lock, so API containers started together prepare the database one after the other, never at once.
 */
export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner('master');
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('vawg_insight.startup'))`);
    return await work();
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('vawg_insight.startup'))`).catch(() => undefined); // a lost connection has let go already
    await runner.release();
  }
}

/** Migrations then reference data: what every fresh database needs before anything else. */
export async function prepareDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.runMigrations({ transaction: 'each' });
  await loadReferenceData(dataSource);
}
