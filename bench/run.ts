import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { signToken } from '../api/src/access/token.service';
import { loadConfig } from '../api/src/config';
import { DATASETS, DATASET_NAMES, type DatasetName } from '../api/src/datasets/dataset-catalogue';
import { openDatabase, prepareDatabase } from '../api/src/db/database';
import { parseFlags, UsageError } from '../api/src/shared/cli-args';
import { loadDemoTargets } from '../api/src/targets/demo-targets';
import { buildDashboard, measureDashboard, type DashboardResult } from './dashboard';
import { DEMO_TODAY, prepareTemplates, rowsPerDataset, writeSyntheticFiles } from './generate';
import { demoWards } from '../api/src/demo/demo-wards';
import { createCopyTables, loadFiles } from './load-data';
import { loadTest, type LoadResult } from './load-test';
import { benchPeer, startPeer, type PeerResult } from './peer';
import { benchQueries, FLOOR_DOCUMENT } from './queries';
import { benchFloor, benchQuery, benchRoles, checkAnswers, postGraphql, type QueryResult } from './query-bench';
import { releaseEverything } from '../api/src/figures/disclosure-release.service';
import { targetsTable, writeReport, type BenchResults, type LevelResult } from './report';
import { startApi, type ApiProcess } from './servers';
import { ratio, round } from './stats';

const USAGE = `Usage: npm run bench [-- --rows 1e7] [--no-build]
  --rows N     the largest scale, a power of ten from 1e5 (default 1e6); every power of ten up to it is measured
  --no-build   measure the dashboard as built now, without building it first
Writes bench/results.json and bench/results.md. DATABASE_URL: use that (empty) database instead of an embedded one.`;

const BENCH = __dirname;
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function levelsUpTo(rows: number): number[] {
  if (!Number.isFinite(rows) || rows < 1e5 || !Number.isInteger(Math.log10(rows))) throw new UsageError(`--rows must be a power of ten from 1e5, e.g. 1e6 or 1e7; got ${rows}`);
  const levels = [];
  for (let level = 1e5; level <= rows; level *= 10) levels.push(level);
  return levels;
}

async function machine(sql: Client) {
  const [{ version }] = (await sql.query<{ version: string }>('SELECT version()')).rows;
  let commit = '';
  try { commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: BENCH }).toString().trim(); } catch { /* not a checkout */ }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGb: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`, loadAverageAtStart: round(os.loadavg()[0], 1), node: process.version, postgres: version.split(',')[0], commit, date: new Date().toISOString(),
  };
}

async function measureLevel(options: {
  rows: number; apis: ApiProcess[]; dataDir: string; token: string; funderToken: string; sql: Client; ownerUrl: string; rollups: boolean;
}): Promise<Omit<LevelResult, 'import'>> {
  const { apis, token, sql, rollups } = options;
  const graphqlUrl = `${apis[0].url}/graphql`;
  const queries = benchQueries();
  const problems = await checkAnswers(queries, { graphqlUrl, token, sql, rollups });
  if (problems.length) throw new Error(`the API and the hand-written SQL disagree: ${problems.join('; ')}`);
  const floor = await benchFloor({ graphqlUrl, token, document: FLOOR_DOCUMENT });
  const results: QueryResult[] = [];
  for (const query of queries) {
    log(`  query ${query.name}`);
    results.push(await benchQuery(query, { graphqlUrl, token, sql, rollups }));
  }
  log('  roles: a funder beside a member, hits and misses');
  const roles = await benchRoles(queries, { graphqlUrl, memberToken: token, funderToken: options.funderToken });

  let peer: PeerResult | { error: string };
  try {
    log('  peer: PostGraphile + pg-aggregates');
    const process = await startPeer(options.ownerUrl);
    try {
      const quarterly = queries.find((q) => q.name === 'quarterly')!;
      peer = await benchPeer(process, { graphqlUrl, token, document: quarterly.document, variables: quarterly.variables });
    } finally {
      await process.stop();
    }
  } catch (error) {
    peer = { error: (error as Error).message };
  }

  const review = queries.find((q) => q.name === 'review')!;
  const body = JSON.stringify({ query: review.document, variables: review.variables });
  const load: LoadResult[] = [];
  log('  load: one API process, answers from the cache');
  load.push(await loadTest([graphqlUrl], token, body));
  log('  load: one API process, every request a miss');
  load.push(await loadTest([graphqlUrl], token, body, 50, 10, 'misses'));
  log('  load: two API processes (API_PROCESSES=2)');
  const cluster = await startApi(options.dataDir, { API_PROCESSES: '2' });
  try {
    // Warm both workers as the first server is warm (node:cluster deals connections round-robin).
    for (let i = 0; i < 20; i += 1) await postGraphql(`${cluster.url}/graphql`, token, review.document, review.variables);
    load.push({ ...(await loadTest([`${cluster.url}/graphql`], token, body)), processes: 2 });
  } finally {
    await cluster.stop();
  }
  return { rows: options.rows, floor, queries: results, roles, peer, load };
}

async function main(): Promise<number> {
  let flags;
  try {
    flags = parseFlags(process.argv.slice(2), { values: ['rows'], booleans: ['no-build', 'help'] });
    if (flags.help) { console.log(USAGE); return 0; }
    levelsUpTo(Number(flags.rows ?? 1e6));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  const levels = levelsUpTo(Number(flags.rows ?? 1e6));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-bench-'));
  const filesDir = path.join(BENCH, 'data');
  process.env.DATA_DIR = dataDir;
  process.env.LOG_LEVEL ??= 'warn';
  const config = loadConfig();
  const database = await openDatabase({ announce: true });
  const apis: ApiProcess[] = [];
  const sql = new Client({ connectionString: database.url });
  try {
    log(`database ${database.embedded ? `embedded, under ${dataDir}` : 'from DATABASE_URL'}`);
    await prepareDatabase(database.dataSource);
    const [{ batches }] = await database.dataSource.query('SELECT count(*)::int AS batches FROM import_batch');
    if (batches > 0) throw new Error('the database already holds imported records: the bench needs an empty one');
    await createCopyTables(database.dataSource);
    await loadDemoTargets(database.dataSource, DEMO_TODAY); // the quarterly review's rows
    prepareTemplates(await demoWards(database.dataSource));
    await sql.connect();
    const rollups = (await sql.query(`SELECT to_regclass('gaia_referral_monthly') IS NOT NULL AS present`)).rows[0].present as boolean;
    log(rollups ? 'rollups present' : 'rollups not present: the rollup SQL is skipped');
    const token = await signToken(config.jwtSecret, { subject: 'bench', role: 'member' });
    const funderToken = await signToken(config.jwtSecret, { subject: 'bench-funder', role: 'funder' });

    const results: BenchResults = { machine: await machine(sql), rollups, levels: [], growth: [], dashboard: null };
    let loaded = Object.fromEntries(DATASET_NAMES.map((d) => [d, 0])) as Record<DatasetName, number>;
    for (const rows of levels) {
      const target = rowsPerDataset(rows);
      log(`${rows.toLocaleString('en-GB')} rows: writing files`);
      fs.rmSync(filesDir, { recursive: true, force: true });
      const files = writeSyntheticFiles(filesDir, loaded, target);
      log(`  importing ${files.length} file(s), each also COPied into a bare table`);
      const times = await loadFiles(database.dataSource, files, {
        hashSecret: config.importHashSecret, limits: config.importLimits,
        onFile: (done) => { if (done % 10 === 0) log(`  ${done} of ${files.length} files`); },
      });
      fs.rmSync(filesDir, { recursive: true, force: true });
      loaded = target;
      // What autovacuum would do by itself a little later; done now so every run measures the same state.
      for (const spec of Object.values(DATASETS)) {
        await sql.query(`VACUUM ANALYZE ${spec.table}`);
        if (rollups) await sql.query(`VACUUM ANALYZE ${spec.table}_monthly`);
      }
      // Funders read counts from releases: release every month with records (at the first scale; later ones add records to months already released, which funders never see).
      await releaseEverything(database.dataSource, 'bench');
      if (!apis.length) apis.push(await startApi(dataDir));
      const measured = await measureLevel({ rows, apis, dataDir, token, funderToken, sql, ownerUrl: database.url, rollups });
      results.levels.push({
        ...measured,
        import: {
          rows: times.rows, importerSeconds: round(times.importerSeconds), copySeconds: round(times.copySeconds),
          importerRowsPerSecond: Math.round(times.rows / times.importerSeconds), copyRowsPerSecond: Math.round(times.rows / times.copySeconds),
          importerOverCopy: ratio(times.copySeconds, times.importerSeconds),
        },
      });
      writeReport(BENCH, results); // a long run leaves what it has so far
    }
    const first = results.levels[0];
    const last = results.levels[results.levels.length - 1];
    // Growth is of misses: a hit costs the same at any scale.
    const computed = (q: QueryResult) => q.graphqlMiss ?? q.graphql;
    results.growth = last.queries.map((q, i) => ({ name: q.name, label: q.label, fromRows: first.rows, toRows: last.rows, p50From: computed(first.queries[i]).p50, p50To: computed(q).p50, ratio: ratio(computed(q).p50, computed(first.queries[i]).p50) }));

    let dashboard: DashboardResult | { error: string };
    try {
      if (!flags['no-build']) { log('building the dashboard'); buildDashboard(); }
      log('dashboard: first chart in Chromium');
      dashboard = await measureDashboard(apis[0].url, token);
    } catch (error) {
      dashboard = { error: (error as Error).message };
    }
    results.dashboard = dashboard;
    writeReport(BENCH, results);
    console.log(`\n${targetsTable(results)}\n`);
    log('wrote bench/results.json and bench/results.md');
    return 0;
  } finally {
    for (const api of apis) {
      const early = api.exitedEarly();
      if (early) console.error(early);
      await api.stop();
    }
    await sql.end().catch(() => undefined);
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`The bench failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
