import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/db/embedded-postgres';

/** Debian's postgresql-client-15 (CI installs it): the same major version as the embedded server. */
export const PG_BASEBACKUP = ['/usr/lib/postgresql/15/bin/pg_basebackup'].find((file) => fs.existsSync(file));

export interface StreamingReplica {
  primary: EmbeddedPostgres;
  /** A hot standby of primary, streaming its WAL over loopback. */
  replica: EmbeddedPostgres;
  /** `url` with the database name swapped, for either server. */
  urlOf(server: EmbeddedPostgres, database: string): string;
  /** Waits until the replica has replayed everything the primary has written so far; resolves with how long that took (ms). */
  waitForReplay(): Promise<number>;
  stop(): Promise<void>;
}

async function one<T>(url: string, sql: string): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as T;
  } finally {
    await client.end();
  }
}

/** An embedded primary and a replica made from it with `pg_basebackup -R`, each on its own loopback port. */
export async function startStreamingReplica(): Promise<StreamingReplica> {
  if (!PG_BASEBACKUP) throw new Error('pg_basebackup is missing: apt-get install -y postgresql-client-15');
  // Each its own temporary directory: as root, startEmbeddedPostgres hands the whole directory to the postgres user.
  const primaryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-primary-'));
  const primary = await startEmbeddedPostgres(primaryDir);
  const replicaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-replica-'));
  // -R writes standby.signal and primary_conninfo; -X stream copies the WAL written meanwhile.
  // The primary's URL carries its password (-R writes it into the replica's primary_conninfo); a copy of its files has its roles, so its secrets too.
  execFileSync(PG_BASEBACKUP, ['-d', primary.url, '-D', path.join(replicaDir, 'pg'), '-R', '-X', 'stream', '-c', 'fast'], { stdio: 'pipe', timeout: 60_000 });
  fs.copyFileSync(path.join(primaryDir, 'secrets.json'), path.join(replicaDir, 'secrets.json'));
  const replica = await startEmbeddedPostgres(replicaDir);
  const urlOf = (server: EmbeddedPostgres, database: string) => server.url.replace(/\/postgres$/, `/${database}`);
  return {
    primary, replica, urlOf,
    async waitForReplay() {
      const started = Date.now();
      const { lsn } = await one<{ lsn: string }>(primary.url, 'SELECT pg_current_wal_lsn()::text AS lsn');
      for (;;) {
        const { behind } = await one<{ behind: boolean }>(replica.url, `SELECT coalesce(pg_last_wal_replay_lsn() < '${lsn}'::pg_lsn, true) AS behind`);
        if (!behind) return Date.now() - started;
        if (Date.now() - started > 30_000) throw new Error(`the replica had not replayed ${lsn} after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async stop() {
      await replica.stop();
      await primary.stop();
      for (const directory of [primaryDir, replicaDir]) fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
