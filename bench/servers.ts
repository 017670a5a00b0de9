import { spawn } from 'node:child_process';
import path from 'node:path';

const API_ROOT = path.resolve(__dirname, '..', 'api');

export interface ApiProcess {
  url: string;
  /** Why it stopped, if it has: its exit code and first lines. */
  exitedEarly(): string | undefined;
  stop(): Promise<void>;
}

/**
 * `npm start`'s main.ts in its own process on a free port, sharing the bench's data directory (so
 * its connection file, database and secrets). Rate limiting is off: the load test is one client.
 */
export async function startApi(dataDir: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', RATE_LIMIT_PER_MINUTE: '0', DEMO_DATA: 'true', LOG_LEVEL: 'info', SWC_NODE_PROJECT: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The start-up lines and the latest: a load test writes a log line per request.
  let head = '';
  let tail = '';
  const keep = (chunk: Buffer) => {
    if (head.length < 20_000) head += chunk;
    else tail = (tail + chunk).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let early: string | undefined;
  const exited = new Promise<void>((resolve) => child.once('exit', (code, signal) => {
    early ??= `the API process exited (${code ?? signal}):\n${head}\n…\n${tail}`;
    resolve();
  }));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start within 120 s:\n${head}`)), 120_000);
    child.stdout.on('data', () => {
      const match = /ready at (http:\/\/localhost:\d+)\//.exec(head);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    });
    void exited.then(() => { clearTimeout(timer); reject(new Error(`the API exited while starting:\n${head}`)); });
  });
  return {
    url,
    exitedEarly: () => early,
    async stop() {
      early = 'stopped by the bench';
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
