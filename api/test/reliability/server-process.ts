import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const API_ROOT = path.resolve(__dirname, '..', '..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  dataDir: string;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** main.ts starting in its own process: nothing waited for yet. */
export interface StartingProcess {
  child: ChildProcess;
  dataDir: string;
  output(): string;
  exited: Promise<number | null>;
  /** Resolves with the first match of `pattern` in the output; rejects if the process exits first, or after `seconds`. */
  waitForOutput(pattern: RegExp, seconds?: number): Promise<RegExpExecArray>;
}

/**
 * Spawns `npm start`'s main.ts on a free port; `env` adds to (and can unset, with undefined) the test
 * environment. A new data directory unless one is given (a second start on the first's files).
 */
export function spawnServerProcess(
  env: Record<string, string | undefined> = {}, { dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-reliability-server-')) }: { dataDir?: string } = {},
): StartingProcess {
  const merged: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', RATE_LIMIT_PER_MINUTE: '0', TEST_ADMIN_DATABASE_URL: undefined, DATABASE_URL: undefined, ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], { cwd: API_ROOT, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitForOutput = (pattern: RegExp, seconds = 90) => new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`"${pattern.source}" did not appear within ${seconds} s:\n${output}`)), seconds * 1000);
    const check = () => {
      const match = pattern.exec(output);
      if (match) done(undefined, match);
    };
    const done = (error?: Error, match?: RegExpExecArray) => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      if (match) resolve(match);
      else reject(error);
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    void exited.then((code) => done(new Error(`the server exited with code ${code} before "${pattern.source}":\n${output}`)));
    check();
  });
  return { child, dataDir, output: () => output, exited, waitForOutput };
}

/** `npm start`'s main.ts in its own process (see spawnServerProcess), once it has said it is ready. */
export async function startServerProcess(env: Record<string, string | undefined> = {}, options: { dataDir?: string } = {}): Promise<ServerProcess> {
  const starting = spawnServerProcess(env, options);
  const { child, dataDir, exited } = starting;
  const [, url] = await starting.waitForOutput(/ready at (http:\/\/localhost:\d+)\//);
  return {
    url, child, dataDir, exited,
    output: starting.output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A log line of the server's, parsed (the server writes JSON lines). */
export function logLines(output: string): Record<string, unknown>[] {
  return output.split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line)];
    } catch {
      return [];
    }
  });
}
