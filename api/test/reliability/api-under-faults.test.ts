import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signToken } from '../../src/access/token.service';
import { ensureDatabase } from '../../src/db/database';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded-postgres';
import { logLines, startServerProcess, type ServerProcess } from './server-process';
import { tally } from './tally';

const JWT_SECRET = process.env.JWT_SECRET as string;
const HEADLINE = '{ figures(measure: "gaia.referrals", financialYear: "2012/13") { total } }';

async function graphql(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

async function health(url: string): Promise<{ status: number; body: { status: string } }> {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: await response.json() };
}

async function waitFor<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, seconds = 30): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch((error) => error as T);
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${seconds} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the API while its database restarts', () => {
  let directory: string;
  let database: EmbeddedPostgres;
  let server: ServerProcess;
  let member: string;
  let funder: string;

  beforeAll(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-restart-pg-'));
    database = await startEmbeddedPostgres(directory);
    const url = await ensureDatabase(database.url, 'vawg_insight');
    server = await startServerProcess({ DATABASE_URL: url, DEMO_DATA: 'true' });
    [member, funder] = await Promise.all([
      signToken(JWT_SECRET, { subject: 'reliability-member', role: 'member' }),
      signToken(JWT_SECRET, { subject: 'reliability-funder', role: 'funder' }),
    ]);
  });
  afterAll(async () => {
    await server?.stop();
    await database?.stop();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it.each([1, 2])('reports degraded, answers 503 with a clear error, does not crash, and is ready again after restart %i', async () => {
    expect(await health(server.url)).toEqual({ status: 200, body: { status: 'ready' } });
    const before = await graphql(server.url, member, HEADLINE);
    expect(before.body.data?.figures.total).toBe(1571);

    await database.crash();
    await waitFor('/healthz', () => health(server.url), (h) => h.body?.status === 'degraded');
    expect(await health(server.url)).toEqual({ status: 503, body: { status: 'degraded', reason: 'the database is not answering' } });
    for (const token of [member, funder]) {
      const during = await graphql(server.url, token, HEADLINE);
      expect(during.status).toBe(503);
      expect(during.body.data ?? null).toBeNull();
      expect(during.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^The database is not answering at the moment; try again in a minute \(request id [\w-]+\)\.$/),
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
    const download = await fetch(`${server.url}/downloads/figures.csv?measure=gaia.referrals&financialYear=2012/13`, { headers: { authorization: `Bearer ${member}` } });
    expect(download.status).toBe(503);
    expect(server.child.exitCode).toBeNull();

    database = await startEmbeddedPostgres(directory, database.port);
    await waitFor('/healthz', () => health(server.url), (h) => h.body?.status === 'ready');
    for (const token of [member, funder]) {
      const after = await waitFor('figures', () => graphql(server.url, token, HEADLINE), (r) => r.status === 200);
      expect(after.body).toEqual({ data: { figures: { total: 1571 } } });
    }
    const unexpected = logLines(server.output()).filter((l) => l.level === 50 || l.level === 60); // error, fatal
    expect(unexpected).toEqual([]);
    tally({ faultsSurvived: 1, faults: ['database restarted under the API'] });
  });
});

describe('graceful shutdown (SIGTERM)', () => {
  it('finishes the requests in flight, refuses new ones, and exits 0', async () => {
    const server = await startServerProcess({ DEMO_DATA: 'false' });
    try {
      const analyst = await signToken(JWT_SECRET, { subject: 'reliability-analyst', role: 'analyst' });
      const rows = Array.from({ length: 60_000 }, (_, i) => `SHUT-${i},2012-05-01,E05000420,kerb_crawling`);
      const inFlight = graphql(server.url, analyst, 'mutation($csv: String!) { importDataset(dataset: police_operations, csv: $csv) { status inserted } }', {
        csv: `ref,date,ward_code,operation_type\n${rows.join('\n')}\n`,
      });
      const sent = Date.now();
      await new Promise((r) => setTimeout(r, 700)); // the body is across and the import is running
      server.child.kill('SIGTERM');
      await waitFor('shutdown to begin', async () => server.output(), (out) => out.includes('SIGTERM: finishing requests in flight'), 10);
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow(); // the port is closed to new connections
      const answer = await inFlight;
      expect(Date.now() - sent).toBeGreaterThan(1000); // it was still running when SIGTERM came
      expect(answer).toEqual({ status: 200, body: { data: { importDataset: { status: 'imported', inserted: 60_000 } } } });
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain('"msg":"Stopped."');
      tally({ faultsSurvived: 1, faults: ['SIGTERM with a request in flight'], serverErrors: answer.status >= 500 ? 1 : 0 });
    } finally {
      await server.stop();
    }
  });
});
