import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { signToken } from '../access/token.service';
import type { Role } from '../access/roles';
import { loadConfig, type Config } from '../config';
import { loadDemoDataIfEmpty } from '../demo/demo-loader';
import { createLogger } from '../observability/logger';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { startApp, type RunningApp } from './app';

export interface TestApp {
  url: string;
  config: Config;
  database: TestDatabase;
  app: RunningApp;
  /** Every log line written so far, parsed. */
  logs(): Record<string, unknown>[];
  /** The raw log text, to search for what must never be in it. */
  logText(): string;
  token(role: Role, wards?: string[]): Promise<string>;
  graphql(token: string | undefined, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlAnswer>;
  stop(): Promise<void>;
}

export interface GraphqlAnswer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown }[] };
}

export interface TestAppOptions {
  /** Load the demo data first, as `npm start` does. */
  demoData?: boolean;
  /**
   * The day the demo is made (default: today, as `npm start`): a test that needs only the briefing's
   * years may pass '2014-04-01' (data to March 2014), a sixth of the records and quicker to load.
   */
  demoToday?: string;
  database?: TestDatabase;
  requestDataSource?: DataSource;
}

/** The real app (startApp) in this process on a free port, over a fresh test database, its logs captured. */
export async function startTestApp(overrides: Partial<Config> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config: Config = { ...loadConfig(), demoData: options.demoData ?? false, logLevel: 'info', ...overrides };
  if (options.demoData) {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-demo-'));
    await loadDemoDataIfEmpty(database.dataSource, { directory, hashSecret: config.importHashSecret, today: options.demoToday ?? config.today });
    fs.rmSync(directory, { recursive: true, force: true });
  }
  let text = '';
  const sink = new Writable({ write(chunk, _encoding, callback) { text += chunk; callback(); } });
  const app = await startApp(config, options.requestDataSource ?? database.requestDataSource, 0, createLogger(config.logLevel, sink));
  const url = app.url;
  return {
    url, config, database, app,
    logs: () => text.split('\n').filter(Boolean).map((line) => JSON.parse(line)),
    logText: () => text,
    token: (role, wards = []) => signToken(config.jwtSecret, { subject: `test-${role}`, role, wards }),
    async graphql(token, query, variables = {}, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: await response.json() };
    },
    async stop() {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
