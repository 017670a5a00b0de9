import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Client } from 'pg';
import { signToken } from '../../src/access/token.service';
import { postmasterLockFile, processRunning } from '../../src/db/embedded-postgres';
import { logLines, spawnServerProcess, startServerProcess, type ServerProcess } from './server-process';
import { tally } from './tally';

const GAIA_2012_13 = `{ figures(measure: "gaia.referrals", financialYear: "2012/13", granularity: FINANCIAL_YEAR) { total } }`;

/** The cluster's API processes: the primary's children that are node (the embedded PostgreSQL is its child too). */
function apiProcesses(primary: number): number[] {
  const lines = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(primary)]).toString().trim().split('\n');
  return lines.map((line) => line.trim().split(/\s+/)).filter(([, command]) => command === 'node').map(([pid]) => Number(pid));
}

/** Over a new connection each time (no keep-alive), so the cluster hands each request to the next process. */
function totalSeen(url: string, token: string): Promise<unknown> {
  const body = JSON.stringify({ query: GAIA_2012_13 });
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/graphql`, {
      method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
    }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        const answer = JSON.parse(text) as { data?: { figures: { total: number } } };
        resolve(answer.data?.figures.total ?? answer);
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('gave up waiting after 60 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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

    // Each on a new connection, which the cluster hands out round-robin: both processes answer.
    const answers = await Promise.all(Array.from({ length: 20 }, () => totalSeen(server.url, token)));
    expect(new Set(answers)).toEqual(new Set([1571]));
  });

  it('replaces an API process that dies, and keeps answering meanwhile', async () => {
    const [victim, survivor] = apiProcesses(server.child.pid as number);
    process.kill(victim, 'SIGKILL');
    const noticed = `API process ${victim} exited (SIGKILL); starting another.`;
    await until(() => logLines(server.output()).some((line) => line.msg === noticed));
    // (A connection handed to a process in the instant it dies is lost with it: what a balancer's retry is for.)
    expect(await totalSeen(server.url, token)).toBe(1571);
    await until(() => {
      const now = apiProcesses(server.child.pid as number);
      return now.length === 2 && !now.includes(victim);
    });
    expect(apiProcesses(server.child.pid as number)).toContain(survivor);
    const answers = await Promise.all(Array.from({ length: 10 }, () => totalSeen(server.url, token)));
    expect(new Set(answers)).toEqual(new Set([1571]));
    tally({ faultsSurvived: 1, faults: ['API process killed'] });
  });

  it('stops every process and the database on SIGTERM, exiting 0', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(fs.existsSync(path.join(server.dataDir, 'connection.json'))).toBe(false);
    expect(logLines(server.output()).filter((line) => line.msg === 'Stopped.')).toHaveLength(1);
  });
});

describe('npm start killed outright (SIGKILL), then started again on the same data directory', () => {
  const postmasterOf = (dataDir: string): number => {
    const pid = postmasterLockFile(dataDir)?.pid;
    if (!pid) throw new Error(`no PostgreSQL is running on ${dataDir}`);
    return pid;
  };

  it('serves from the PostgreSQL the killed start left running, and stops it when it stops itself', async () => {
    const killed = await startServerProcess({ DEMO_DATA: 'false' });
    const postmaster = postmasterOf(killed.dataDir);
    let next: ServerProcess | undefined;
    try {
      killed.child.kill('SIGKILL');
      await killed.exited;
      expect(processRunning(postmaster)).toBe(true); // nothing stopped it: an orphan

      next = await startServerProcess({ DEMO_DATA: 'false' }, { dataDir: killed.dataDir });
      expect(await fetch(`${next.url}/healthz`).then((r) => r.json())).toEqual({ status: 'ready' });
      expect(postmasterOf(next.dataDir)).toBe(postmaster); // the same server, taken over
      const written = JSON.parse(fs.readFileSync(path.join(next.dataDir, 'connection.json'), 'utf8')) as { pid: number };
      expect(written.pid).toBe(next.child.pid);

      next.child.kill('SIGTERM');
      expect(await next.exited).toBe(0);
      await until(() => !processRunning(postmaster));
      expect(fs.existsSync(path.join(next.dataDir, 'connection.json'))).toBe(false);
    } finally {
      if (processRunning(postmaster)) process.kill(postmaster, 'SIGKILL'); // never leave a server behind on a failure
      await next?.stop();
      fs.rmSync(killed.dataDir, { recursive: true, force: true });
    }
    tally({ faultsSurvived: 1, faults: ['npm start killed, its database adopted by the next start'] });
  });

  it('but a second start beside a live one only borrows its server: stopping it leaves the first serving', async () => {
    const first = await startServerProcess({ DEMO_DATA: 'false' });
    let second: ServerProcess | undefined;
    try {
      const postmaster = postmasterOf(first.dataDir);
      second = await startServerProcess({ DEMO_DATA: 'false' }, { dataDir: first.dataDir });
      // Signalled only once it serves: said "ready at" (startServerProcess waits for it) and answers /healthz.
      expect(await fetch(`${second.url}/healthz`).then((r) => r.json())).toEqual({ status: 'ready' });
      expect(postmasterOf(second.dataDir)).toBe(postmaster);
      const written = JSON.parse(fs.readFileSync(path.join(first.dataDir, 'connection.json'), 'utf8')) as { pid: number };
      expect(written.pid).toBe(first.child.pid);

      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
      expect(processRunning(postmaster)).toBe(true);
      expect(fs.existsSync(path.join(first.dataDir, 'connection.json'))).toBe(true);
      expect(await fetch(`${first.url}/healthz`).then((r) => r.json())).toEqual({ status: 'ready' });
    } finally {
      second?.child.kill('SIGKILL'); // a no-op once it has exited; its stop() would delete the shared directory
      await first.stop();
    }
  });
});

describe('npm start stopped (SIGTERM) while it is still starting', () => {
  it('lets the demo import in flight finish, stops the PostgreSQL it started, and exits 0', async () => {
    const starting = spawnServerProcess({ DEMO_DATA: 'true' });
    let postmaster: number | undefined;
    try {
      // The database is up and start-up is under way: the demo data is loading.
      await starting.waitForOutput(/Loading the synthetic demo data/);
      postmaster = postmasterLockFile(starting.dataDir)?.pid;
      expect(processRunning(postmaster)).toBe(true);

      starting.child.kill('SIGTERM');
      expect(await starting.exited).toBe(0);
      const said = logLines(starting.output()).map((line) => line.msg);
      expect(said).toContain('SIGTERM during start-up: stopping what has started once the step in flight is done.');
      expect(said).toContain('Stopped.');
      expect(starting.output()).not.toMatch(/ready at/);
      expect(processRunning(postmaster)).toBe(false);
      expect(postmasterLockFile(starting.dataDir)).toBeUndefined();
      expect(fs.existsSync(path.join(starting.dataDir, 'connection.json'))).toBe(false);
    } finally {
      if (starting.child.exitCode === null && starting.child.signalCode === null) starting.child.kill('SIGKILL');
      if (processRunning(postmaster)) process.kill(postmaster as number, 'SIGKILL'); // never leave a server behind on a failure
      fs.rmSync(starting.dataDir, { recursive: true, force: true });
    }
    tally({ faultsSurvived: 1, faults: ['SIGTERM during start-up'] });
  });
});
