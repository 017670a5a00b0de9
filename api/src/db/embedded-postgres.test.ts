import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { resetConfigForTests } from '../config';
import { openDatabase } from './database';
import { APP_ROLE, appRolePassword, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

/** Logs in, runs one query, and logs out: resolves with the login's name, or rejects with the server's refusal. */
async function loginAs(port: number, user: string, password?: string): Promise<string> {
  const client = new Client({ host: '127.0.0.1', port, user, database: 'postgres', connectionTimeoutMillis: 5000, ...(password === undefined ? {} : { password }) });
  try {
    await client.connect();
    return (await client.query('SELECT current_user AS who')).rows[0].who;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const passwordOf = (server: EmbeddedPostgres) => decodeURIComponent(new URL(server.url).password);
const storedSecrets = (directory: string) => JSON.parse(fs.readFileSync(path.join(directory, 'secrets.json'), 'utf8')) as Record<string, string>;

describe('the embedded PostgreSQL asks every login for its password', () => {
  let directory: string;
  let server: EmbeddedPostgres | undefined;

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-embedded-pg-'));
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('refuses the superuser and the request role without their passwords, and lets them in with them', async () => {
    server = await startEmbeddedPostgres(directory);
    const password = passwordOf(server);
    expect(password).toBe(storedSecrets(directory).databasePassword); // kept with the other development secrets
    expect(password.length).toBeGreaterThanOrEqual(43);

    await expect(loginAs(server.port, 'postgres')).rejects.toThrow(/password/);
    await expect(loginAs(server.port, 'postgres', 'not-the-password')).rejects.toThrow('password authentication failed for user "postgres"');
    await expect(loginAs(server.port, APP_ROLE, '')).rejects.toThrow(/password/);
    await expect(loginAs(server.port, APP_ROLE, password)).rejects.toThrow(`password authentication failed for user "${APP_ROLE}"`);
    expect(await loginAs(server.port, 'postgres', password)).toBe('postgres');
    expect(await loginAs(server.port, APP_ROLE, appRolePassword(password))).toBe(APP_ROLE);
  });

  it('keeps the same password across restarts', async () => {
    server = await startEmbeddedPostgres(directory);
    const first = server.url;
    await server.stop();
    server = await startEmbeddedPostgres(directory, server.port);
    expect(server.url).toBe(first);
    expect(server.passwordsAdded).toBe(false);
  });

  it('gives a directory made before passwords (trust) one, keeping its data, and asks for it from then on', async () => {
    // What an older start left: pg_hba.conf trusting every login, and no password in secrets.json.
    server = await startEmbeddedPostgres(directory);
    const admin = new Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE TABLE kept (n int); INSERT INTO kept VALUES (42); ALTER ROLE postgres PASSWORD NULL');
    await admin.end();
    await server.stop();
    const hbaFile = path.join(directory, 'pg', 'pg_hba.conf');
    fs.writeFileSync(hbaFile, fs.readFileSync(hbaFile, 'utf8').replace(/scram-sha-256\s*$/gm, 'trust'));
    const { databasePassword: _dropped, ...others } = storedSecrets(directory);
    fs.writeFileSync(path.join(directory, 'secrets.json'), JSON.stringify(others));
    server = await startEmbeddedPostgres(directory, server.port);
    expect(server.passwordsAdded).toBe(true);
    expect(passwordOf(server)).toBe(storedSecrets(directory).databasePassword);
    expect(fs.readFileSync(hbaFile, 'utf8')).not.toMatch(/^\s*(local|host)\S*\s.*\btrust\s*$/m);
    await expect(loginAs(server.port, 'postgres')).rejects.toThrow(/password/);
    const client = new Client({ connectionString: server.url });
    await client.connect();
    expect((await client.query('SELECT n FROM kept')).rows).toEqual([{ n: 42 }]);
    await client.end();
    expect(await loginAs(server.port, APP_ROLE, appRolePassword(passwordOf(server)))).toBe(APP_ROLE);
  });

  it('refuses to start a password-protected directory whose password is lost, saying what to do', async () => {
    server = await startEmbeddedPostgres(directory);
    await server.stop();
    server = undefined;
    fs.writeFileSync(path.join(directory, 'secrets.json'), '{}');
    await expect(startEmbeddedPostgres(directory)).rejects.toThrow(
      `The embedded PostgreSQL in ${path.join(directory, 'pg')} needs a password, and ${path.join(directory, 'secrets.json')} holds none ("databasePassword"): put back the secrets.json it was made with, or move ${directory} aside to start afresh.`,
    );
  });
});

describe('the connection file', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetConfigForTests();
  });

  it('is readable by its owner only (0600), even where an older one was not, and carries the password', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-connection-file-'));
    const file = path.join(dataDir, 'connection.json');
    fs.writeFileSync(file, JSON.stringify({ url: 'postgres://postgres@127.0.0.1:1/vawg_insight', pid: 1 }), { mode: 0o644 });
    process.env.DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    resetConfigForTests();
    const database = await openDatabase({ announce: true });
    try {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const { url } = JSON.parse(fs.readFileSync(file, 'utf8')) as { url: string };
      expect(decodeURIComponent(new URL(url).password)).toBe(storedSecrets(dataDir).databasePassword);
      expect(fs.statSync(path.join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);
    } finally {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
