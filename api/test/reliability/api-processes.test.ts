import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { signToken } from '../../src/access/token.service';
import { logLines, startServerProcess, type ServerProcess } from './server-process';
import { tally } from './tally';

const GAIA_2012_13 = `{ figures(measure: "gaia.referrals", financialYear: "2012/13", granularity: FINANCIAL_YEAR) { total } }`;

/** The cluster's API processes: the primary's children that are node (the embedded PostgreSQL is its child too). */
function apiProcesses(primary: number): number[] {
  const lines = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(primary)]).toString().trim().split('\n');
  return lines.map((line) => line.trim().split(/\s+/)).filter(([, command]) => command === 'node').map(([pid]) => Number(pid));
}

async function totalSeen(url: string, token: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: GAIA_2012_13 }),
  });
  const body = (await response.json()) as { data?: { figures: { total: number } } };
  return body.data?.figures.total ?? body;
}

describe('npm start with API_PROCESSES=2', () => {
  let server: ServerProcess;
  let token: string;

  beforeAll(async () => {
    server = await startServerProcess({ API_PROCESSES: '2' });
    token = await signToken(process.env.JWT_SECRET as string, { subject: 'cluster-funder', role: 'funder' });
  }, 120_000);
  afterAll(() => server?.stop());

  it('prepares the database once and serves from two processes on one port, which give the same answers', async () => {
    expect(server.output()).toMatch(/ready at http:\/\/localhost:\d+\/ \(GraphQL API at .*\) with 2 API processes/);
    expect(apiProcesses(server.child.pid as number)).toHaveLength(2);
    const { url } = JSON.parse(fs.readFileSync(path.join(server.dataDir, 'connection.json'), 'utf8')) as { url: string };
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS batches FROM import_batch');
    await client.end();
    expect(rows).toEqual([{ batches: 5 }]); // the demo data, imported once: one batch per dataset

    // fetch opens new connections, which the cluster hands out round-robin, so both processes answer.
    const answers = await Promise.all(Array.from({ length: 20 }, () => totalSeen(server.url, token)));
    expect(new Set(answers)).toEqual(new Set([1571]));
  });

  it('replaces an API process that dies, and keeps answering meanwhile', async () => {
    const [victim, survivor] = apiProcesses(server.child.pid as number);
    process.kill(victim, 'SIGKILL');
    expect(await totalSeen(server.url, token)).toBe(1571);
    const deadline = Date.now() + 60_000;
    let now = apiProcesses(server.child.pid as number);
    while ((now.length < 2 || now.includes(victim)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      now = apiProcesses(server.child.pid as number);
    }
    expect(now).toContain(survivor);
    expect(now).toHaveLength(2);
    expect(logLines(server.output()).map((line) => line.msg)).toContain(`API process ${victim} exited (SIGKILL); starting another.`);
    tally({ faultsSurvived: 1, faults: ['API process killed'] });
  });

  it('stops every process and the database on SIGTERM, exiting 0', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(fs.existsSync(path.join(server.dataDir, 'connection.json'))).toBe(false);
    expect(logLines(server.output()).filter((line) => line.msg === 'Stopped.')).toHaveLength(1);
  });
});
