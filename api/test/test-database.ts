import crypto from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';
import { ensureDatabase, openRequestDataSource, prepareDatabase } from '../src/db/database';

export interface TestDatabase {
  /** The owner: what migrations, start-up and the CLIs use. */
  dataSource: DataSource;
  /** Role vawg_app under row-level security: what requests use. */
  requestDataSource: DataSource;
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_ADMIN_DATABASE_URL;
  if (!url) throw new Error('TEST_ADMIN_DATABASE_URL is not set: run the tests through jest (global setup starts PostgreSQL)');
  return url;
}

/** A fresh, migrated database with reference data, private to one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `vawg_test_${crypto.randomBytes(6).toString('hex')}`;
  const url = await ensureDatabase(adminUrl(), name);
  const dataSource = createDataSource(url, { poolSize: 4 });
  await dataSource.initialize();
  await prepareDatabase(dataSource);
  const requestDataSource = await openRequestDataSource(url, undefined, !process.env.DATABASE_URL);
  return {
    dataSource,
    requestDataSource,
    url,
    async drop() {
      await requestDataSource.destroy();
      await dataSource.destroy();
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
