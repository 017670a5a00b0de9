import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { DataSource } from 'typeorm';

/**
 * pg_dump and pg_restore from Debian's PostgreSQL client (postgresql-client-15), of the same
 * major version as the server: a dump from an older pg_dump can miss what a newer server holds,
 * and pg_dump refuses a newer server outright.
 */
export interface PgClientTools {
  pgDump: string;
  pgRestore: string;
  version: number;
}

function majorVersionOf(binary: string): number | undefined {
  try {
    const printed = execFileSync(binary, ['--version'], { encoding: 'utf8' }); // "pg_dump (PostgreSQL) 15.18 (Debian …)"
    return Number(/\(PostgreSQL\) (\d+)/.exec(printed)?.[1]) || undefined;
  } catch {
    return undefined;
  }
}

export async function findPgClientTools(dataSource: DataSource): Promise<PgClientTools> {
  const [{ server_version_num: versionNumber }] = await dataSource.query('SHOW server_version_num');
  const serverMajor = Math.floor(Number(versionNumber) / 10000);
  const candidates = [`/usr/lib/postgresql/${serverMajor}/bin`, '/usr/bin', '/usr/local/bin'];
  for (const directory of candidates) {
    const pgDump = `${directory}/pg_dump`;
    const pgRestore = `${directory}/pg_restore`;
    if (!fs.existsSync(pgDump) || !fs.existsSync(pgRestore)) continue;
    const version = majorVersionOf(pgDump);
    if (version === serverMajor) return { pgDump, pgRestore, version };
  }
  throw new Error(
    `pg_dump and pg_restore for PostgreSQL ${serverMajor} were not found (looked in ${candidates.join(', ')}): ` +
      `install Debian's client, apt-get install -y postgresql-client-${serverMajor}`,
  );
}

/** libpq's connection settings for a URL, as environment: the password never appears in a process list. */
export function libpqEnvironment(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  return {
    ...process.env,
    PGHOST: parsed.hostname,
    PGPORT: parsed.port || '5432',
    PGUSER: decodeURIComponent(parsed.username),
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
    ...(parsed.password ? { PGPASSWORD: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.searchParams.get('sslmode') ? { PGSSLMODE: parsed.searchParams.get('sslmode') as string } : {}),
  };
}
