import crypto from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../db/data-source';
import { ensureDatabase } from '../db/database';
import { startTestApp, type TestApp } from './app.test-helper';

let server: TestApp;
let empty: DataSource;
let emptyName: string;

beforeAll(async () => {
  // Requests run on a database without the schema, so any query that reaches SQL fails as a bug would.
  emptyName = `vawg_empty_${crypto.randomBytes(4).toString('hex')}`;
  empty = createDataSource(await ensureDatabase(process.env.TEST_ADMIN_DATABASE_URL as string, emptyName));
  await empty.initialize();
  server = await startTestApp({ rateLimitPerMinute: 0 }, { requestDataSource: empty });
});
afterAll(async () => {
  await server.stop();
  await empty.destroy();
  const admin = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${emptyName}" WITH (FORCE)`);
  await admin.end();
});

describe('errors a client sees', () => {
  it('says only "Something went wrong" and the request id for an unexpected error, and logs the detail under that id', async () => {
    const { status, headers, body } = await server.graphql(await server.token('analyst'), 'query Keys { apiKeys { id name } }');
    const requestId = headers.get('x-request-id');
    expect(status).toBe(200);
    expect(body.errors).toEqual([{ message: `Something went wrong; the request id is ${requestId}.`, locations: [{ line: 1, column: 14 }], path: ['apiKeys'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }]);
    expect(JSON.stringify(body)).not.toMatch(/relation|SELECT|api_key|stack|node_modules/i);
    const logged = server.logs().find((line) => line.reqId === requestId && line.msg === 'unexpected error answering a GraphQL request') as { err: { message: string; stack: string } };
    expect(logged.err.message).toMatch(/relation "api_key" does not exist/);
    expect(logged.err.stack).toBeDefined();
  });

  it('passes on the errors the code raises on purpose, unchanged', async () => {
    const { body } = await server.graphql(await server.token('member'), `{ figures(measure: "${'x'.repeat(101)}") { total } }`);
    expect(body.errors?.[0]).toMatchObject({ message: 'Argument Validation Error', extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors?.[0].extensions).not.toHaveProperty('stacktrace');
  });
});
