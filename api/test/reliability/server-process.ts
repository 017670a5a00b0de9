// The reliability suite's servers: the shared launcher, with no rate limit (each test is one client).
import { spawnServer, startServerProcess as startRunningServer, type RunningServer, type StartingServer } from '../support/server-process';

export { logLines } from '../support/server-process';
export type ServerProcess = RunningServer;
export type StartingProcess = StartingServer;

const RELIABILITY_ENV = { RATE_LIMIT_PER_MINUTE: '0' };

/** main.ts spawned on a free port; `env` adds to (and can unset, with undefined) the test environment. */
export function spawnServerProcess(env: Record<string, string | undefined> = {}, { dataDir }: { dataDir?: string } = {}): StartingProcess {
  return spawnServer({ env: { ...RELIABILITY_ENV, ...env }, dataDir });
}

/** main.ts in its own process, once it has said it is ready. */
export function startServerProcess(env: Record<string, string | undefined> = {}, { dataDir }: { dataDir?: string } = {}): Promise<ServerProcess> {
  return startRunningServer({ env: { ...RELIABILITY_ENV, ...env }, dataDir });
}
