import { startServerProcess } from '../api/test/support/server-process';

export interface ApiProcess {
  url: string;
  /** Why it stopped, if it has: its exit code and first lines. */
  exitedEarly(): string | undefined;
  stop(): Promise<void>;
}

/**
 * `npm start`'s main.ts in its own process on a free port (the tests' launcher), sharing the bench's
 * data directory (so its connection file, database and secrets). Rate limiting is off: the load test
 * is one client. Only the start-up lines and the latest output are kept: it logs every request.
 */
export async function startApi(dataDir: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const server = await startServerProcess({
    dataDir,
    boundedOutput: true,
    env: { DATABASE_URL: process.env.DATABASE_URL, RATE_LIMIT_PER_MINUTE: '0', DEMO_DATA: 'true', LOG_LEVEL: 'info', ...env },
  });
  let early: string | undefined;
  void server.exited.then((code) => (early ??= `the API process exited (${code}):\n${server.output()}`));
  return {
    url: server.url.replace('localhost', '127.0.0.1'),
    exitedEarly: () => early,
    async stop() {
      early = 'stopped by the bench';
      await server.stop();
    },
  };
}
