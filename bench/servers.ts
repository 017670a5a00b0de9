import { spawn } from 'node:child_process';
import path from 'node:path';

const API_ROOT = path.resolve(__dirname, '..', 'api');

export interface ApiProcess {
  url: string;
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
  let head = ''; // the start-up lines only: a load test writes a log line per request
  const keep = (chunk: Buffer) => { if (head.length < 20_000) head += chunk; };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
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
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
