import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const API_ROOT = path.resolve(__dirname, '..', '..');
/** Longer than any quiet step of a start: the demo's import of every year since 2011 is the longest (about 10 s, 30 s with both cores busy). */
const QUIET_LIMIT_MS = 60_000;

export interface StartedServer {
  url: string;
  dataDir: string;
  /** What `npm start` would see: the data directory's generated secrets, no test overrides. */
  env: NodeJS.ProcessEnv;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts the API exactly as `npm start` does (main.ts, embedded PostgreSQL, demo data) on a free port. */
export async function startServer(extraEnv: NodeJS.ProcessEnv = {}): Promise<StartedServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', ...extraEnv };
  for (const name of ['DATABASE_URL', 'JWT_SECRET', 'IMPORT_HASH_SECRET', 'TEST_ADMIN_DATABASE_URL']) delete env[name];
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], { cwd: API_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));

  const url = await new Promise<string>((resolve, reject) => {
    // Waits for the ready line however long start-up takes (the demo grows by a quarter every
    // quarter), but stops and fails a start that has printed nothing for QUIET_LIMIT_MS: it is stuck.
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (outcome: () => void) => {
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const quietLimit = () => {
      if (settled) return;
      clearTimeout(timer);
      timer = setTimeout(() => settle(() => {
        child.kill('SIGKILL');
        reject(new Error(`the server printed nothing for ${QUIET_LIMIT_MS / 1000} s and is not ready:\n${output}`));
      }), QUIET_LIMIT_MS);
    };
    quietLimit();
    child.stdout?.on('data', () => {
      const match = /ready at (http:\/\/localhost:\d+)\//.exec(output);
      if (match && !settled) settle(() => resolve(match[1]));
      else quietLimit();
    });
    child.stderr?.on('data', quietLimit);
    child.once('exit', (code) => {
      if (!settled) settle(() => reject(new Error(`the server exited with code ${code}:\n${output}`)));
    });
  });

  return {
    url,
    dataDir,
    env,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function graphql(url: string, token: string | undefined, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}
