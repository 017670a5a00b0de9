import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';

/** One PostgreSQL server for the whole run; each test file makes its own database on it. */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-test-pg-'));
  const server = await startEmbeddedPostgres(directory);
  process.env.TEST_ADMIN_DATABASE_URL = server.url;
  (globalThis as { __embeddedPostgres?: { stop(): Promise<void>; directory: string } }).__embeddedPostgres = { stop: server.stop, directory };
}
