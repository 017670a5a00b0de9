// The one way tests and the bench run the API as a real process: `npm start`'s main.ts, spawned with
// @swc-node/register on a free port, read until it says where it is ready.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const API_ROOT = path.resolve(__dirname, '..', '..');

/** Longer than any quiet step of a start: the demo's import of every year since 2011 is the longest (about 10 s, 30 s with both cores busy). */
const QUIET_LIMIT_SECONDS = 60;
/** What a long-running server keeps of its output: the start-up lines and the latest (a load test logs every request). */
const KEPT_OUTPUT_CHARS = 20_000;

export interface SpawnOptions {
  /** Added to the environment; `undefined` unsets a variable. DATABASE_URL and the test database's address are unset unless given. */
  env?: Record<string, string | undefined>;
  /** A new temporary directory unless given (a second start on the first's files); removed on stop only when new. */
  dataDir?: string;
  /** Where main.ts is: api/ unless given (the production image's copy of it, say). */
  apiRoot?: string;
  /** Keep only the first and the latest 20,000 characters of output, for servers that log every request. */
  boundedOutput?: boolean;
}

/** main.ts starting in its own process: nothing waited for yet. */
export interface StartingServer {
  child: ChildProcess;
  dataDir: string;
  /** Everything it has printed (both streams). */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /**
   * Resolves with the first match of `pattern` in the output. Rejects if the process exits first, or
   * prints nothing for `quietSeconds` (it is stuck): a slow start on a loaded machine still succeeds.
   */
  waitForOutput(pattern: RegExp, quietSeconds?: number): Promise<RegExpExecArray>;
  /** Ends it with SIGTERM (main.ts's orderly stop) and waits; removes the data directory if this made it. */
  stop(): Promise<void>;
}

/** A server that has said it is ready. */
export interface RunningServer extends StartingServer {
  /** http://localhost:<port> */
  url: string;
}

export function spawnServer({ env = {}, dataDir, apiRoot = API_ROOT, boundedOutput = false }: SpawnOptions = {}): StartingServer {
  const madeDataDir = dataDir === undefined;
  const directory = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-server-'));
  const merged: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: directory, PORT: '0', DATABASE_URL: undefined, TEST_ADMIN_DATABASE_URL: undefined, SWC_NODE_PROJECT: undefined, ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], { cwd: apiRoot, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });

  let head = '';
  let tail = '';
  const keep = (chunk: Buffer) => {
    if (!boundedOutput || head.length < KEPT_OUTPUT_CHARS) head += chunk;
    else tail = (tail + chunk).slice(-KEPT_OUTPUT_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => (tail ? `${head}\n…\n${tail}` : head);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    // Node or the folder missing: no 'exit' comes, so say why here rather than wait for the quiet limit.
    child.once('error', (error) => {
      head += `\ncould not start the server: ${error.message}\n`;
      resolve(null);
    });
  });

  const waitForOutput = (pattern: RegExp, quietSeconds = QUIET_LIMIT_SECONDS) => new Promise<RegExpExecArray>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (error?: Error, match?: RegExpExecArray) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      if (match) resolve(match);
      else reject(error);
    };
    function check() {
      const match = pattern.exec(output());
      if (match) return finish(undefined, match);
      clearTimeout(timer);
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        finish(new Error(`the server printed nothing for ${quietSeconds} s and has not said "${pattern.source}":\n${output()}`));
      }, quietSeconds * 1000);
    }
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    void exited.then((code) => finish(new Error(`the server exited with code ${code} before "${pattern.source}":\n${output()}`)));
    check();
  });

  return {
    child,
    dataDir: directory,
    output,
    exited,
    waitForOutput,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      if (madeDataDir) fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** main.ts in its own process (see spawnServer), once it has said "ready at". */
export async function startServerProcess(options: SpawnOptions = {}): Promise<RunningServer> {
  const starting = spawnServer(options);
  const [, url] = await starting.waitForOutput(/ready at (http:\/\/localhost:\d+)\//);
  return { ...starting, url };
}

/** The server's log lines, parsed (it writes JSON lines; anything else is skipped). */
export function logLines(output: string): Record<string, unknown>[] {
  return output.split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line)];
    } catch {
      return [];
    }
  });
}
