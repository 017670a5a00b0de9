import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { ALL_ROWS, withRowScope } from '../../src/access/request-scope';
import type { AuthUser } from '../../src/access/roles';
import { loadDemoDataIfEmpty } from '../../src/demo/demo-loader';
import { startTestApp, type TestApp } from '../../src/server/app.test-helper';
import { PG_BASEBACKUP, startStreamingReplica, type StreamingReplica } from '../streaming-replica';
import { createDataSource } from '../../src/db/data-source';
import { ensureDatabase, openRequestDataSource, prepareDatabase } from '../../src/db/database';
import { readsFor } from '../../src/context/replica-reads';
import { releaseToFunders } from '../import-helpers';
import { tally } from './tally';

const funder: AuthUser = { subject: 'replication-funder', role: 'funder', wards: [] };
const analyst: AuthUser = { subject: 'replication-analyst', role: 'analyst', wards: [] };

const GAIA_2012_13 = `{ figures(measure: "gaia.referrals", financialYear: "2012/13", granularity: FINANCIAL_YEAR) { total } }`;
// The demo data, up to March 2014, is released at start, and a released month never changes for
// funders: the new referral opens 2014/15, which reaches a funder once a release covers it.
const GAIA_2014_15 = `{ figures(measure: "gaia.referrals", financialYear: "2014/15", granularity: FINANCIAL_YEAR) { total } }`;
const ONE_MORE_REFERRAL = 'ref,date,strand,ward_code,age_band,sex,referral_source\nREPLICATION-TEST-1,2014-04-15,domestic_violence,E05000426,25_34,female,police\n';

if (!PG_BASEBACKUP) {
  if (process.env.CI) throw new Error('pg_basebackup is missing, and CI must run the replication test: apt-get install -y postgresql-client-15');
  console.warn('Skipping the replication test: pg_basebackup is missing (apt-get install -y postgresql-client-15).');
}
const describeWithReplica = PG_BASEBACKUP ? describe : describe.skip;

describeWithReplica('reads on a streaming replica, writes on the primary', () => {
  let servers: StreamingReplica;
  let owner: DataSource;
  let requests: DataSource;
  let server: TestApp;
  let replicaUrl: string;
  const lags: number[] = [];
  const started = Date.now();

  /** Runs one statement on the replica as its superuser (replay control, what it holds). */
  const onReplica = async (sql: string) => {
    const client = new Client({ connectionString: replicaUrl });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };
  const totalSeenBy = async (role: 'funder' | 'analyst' | 'member', query = GAIA_2012_13) => {
    const { body } = await server.graphql(await server.token(role), query);
    return body.errors ?? body.data?.figures.total;
  };
  const releasedThroughOnReplica = async () => (await onReplica("SELECT to_char(max(through_month), 'YYYY-MM') AS through FROM disclosure_release"))[0].through;
  const auditedOnPrimary = async (subject: string) =>
    (await owner.query('SELECT operation FROM audit_log WHERE subject = $1 ORDER BY id', [subject])).map((r: { operation: string }) => r.operation);

  beforeAll(async () => {
    servers = await startStreamingReplica();
    const primaryUrl = await ensureDatabase(servers.primary.url, 'vawg_insight');
    replicaUrl = servers.urlOf(servers.replica, 'vawg_insight');
    owner = createDataSource(primaryUrl, { poolSize: 2 });
    await owner.initialize();
    await prepareDatabase(owner);
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-demo-'));
    // The briefing's years (a demo made on 1 April 2014 ends in March 2014): the test opens 2014/15 with its own record.
    await loadDemoDataIfEmpty(owner, { directory, hashSecret: 'test-import-hash-secret-0123456789', today: '2014-04-01' });
    fs.rmSync(directory, { recursive: true, force: true });
    lags.push(await servers.waitForReplay());
    requests = await openRequestDataSource(primaryUrl, undefined, true, [replicaUrl]);
    const database = { dataSource: owner, requestDataSource: requests, url: primaryUrl, drop: async () => undefined };
    server = await startTestApp({ rateLimitPerMinute: 0 }, { database });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await requests?.destroy();
    await owner?.destroy();
    await servers?.stop();
    console.info(`replication test: replay lag ${lags.join(', ')} ms; ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  });

  it("runs a read-only request's transaction on the replica, as vawg_app with the request's scope, and an analyst's on the primary", async () => {
    const seen = (user: AuthUser) => withRowScope(readsFor(requests, user), user, ALL_ROWS, async (m) =>
      (await m.query(`SELECT pg_is_in_recovery() AS "onReplica", current_user AS "user", current_setting('vawg.role') AS role`))[0]);
    expect(await seen(funder)).toEqual({ onReplica: true, user: 'vawg_app', role: 'funder' });
    expect(await seen(analyst)).toEqual({ onReplica: false, user: 'vawg_app', role: 'analyst' });
    expect(await requests.query('SELECT pg_is_in_recovery() AS "onReplica"')).toEqual([{ onReplica: false }]);
  });

  it("answers a funder's query from the replica, records its audit row on the primary, and shows an analyst's import to the analyst at once", async () => {
    expect(await totalSeenBy('funder')).toBe(1571);
    lags.push(await servers.waitForReplay());
    await onReplica('SELECT pg_wal_replay_pause()'); // the replica now stands still: what it answers is visibly its own

    const imported = await server.graphql(await server.token('analyst'), 'mutation($csv: String!) { importDataset(dataset: gaia_referrals, csv: $csv) { status inserted } }', { csv: ONE_MORE_REFERRAL });
    expect(imported.body).toEqual({ data: { importDataset: { status: 'imported', inserted: 1 } } });
    await releaseToFunders(owner); // releases April 2014, on the primary
    expect(await totalSeenBy('analyst', GAIA_2014_15)).toBe(1); // read-your-writes: analysts read on the primary
    expect(await totalSeenBy('funder', GAIA_2014_15)).toBeNull(); // the paused replica has seen neither the import nor the release
    expect(await totalSeenBy('member', GAIA_2014_15)).toBe(0);
    const download = await fetch(`${server.url}/downloads/figures.csv?measure=gaia.referrals&financialYear=2012/13&granularity=FINANCIAL_YEAR`, {
      headers: { authorization: `Bearer ${await server.token('funder')}` },
    });
    expect((await download.text()).split('\n').find((line) => line.startsWith('2012/13'))).toMatch(/,1571\b/);

    expect(await auditedOnPrimary('test-funder')).toEqual(['query figures', 'query figures', 'download figures.csv']);
    expect(await onReplica("SELECT count(*)::int AS n FROM audit_log WHERE subject = 'test-funder'")).toEqual([{ n: 1 }]); // only the one before the pause
    expect(await releasedThroughOnReplica()).toBe('2014-03');

    await onReplica('SELECT pg_wal_replay_resume()');
    lags.push(await servers.waitForReplay());
    expect(await releasedThroughOnReplica()).toBe('2014-04'); // the release replicates as any write does
    expect(await totalSeenBy('funder', GAIA_2014_15)).toBe(1);
  });

  it('keeps answering, from the primary, when the replica stops', async () => {
    await servers.replica.stop();
    expect(await totalSeenBy('funder', GAIA_2014_15)).toBe(1);
    expect(await totalSeenBy('member', GAIA_2014_15)).toBe(1);
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ready' });
    tally({ faultsSurvived: 1, faults: ['read replica stopped under the API'] });
  });
});
