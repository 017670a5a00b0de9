import { startServerProcess } from '../support/server-process';

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
  const unset = { DATABASE_URL: undefined, JWT_SECRET: undefined, IMPORT_HASH_SECRET: undefined, TEST_ADMIN_DATABASE_URL: undefined };
  const server = await startServerProcess({ env: { ...unset, ...extraEnv } });
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: server.dataDir, PORT: '0', ...extraEnv };
  for (const name of Object.keys(unset)) delete env[name];
  return { url: server.url, dataDir: server.dataDir, env, output: server.output, stop: server.stop };
}

export async function graphql(url: string, token: string | undefined, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}
