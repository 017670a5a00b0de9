import fs from 'node:fs';
import path from 'node:path';
import type { DashboardResult } from './dashboard';
import type { LoadResult } from './load-test';
import type { PeerResult } from './peer';
import type { QueryResult } from './query-bench';
import type { Timing } from './stats';

export interface LevelResult {
  rows: number;
  import: {
    rows: number; importerSeconds: number; copySeconds: number;
    importerRowsPerSecond: number; copyRowsPerSecond: number;
    /** Importer rows/s over COPY rows/s. */
    importerOverCopy: number | null;
  };
  /** The smallest request (CheckToken): what HTTP + GraphQL + the request's transaction cost on their own. */
  floor: Timing;
  queries: QueryResult[];
  peer: PeerResult | { error: string };
  load: LoadResult[];
}

export interface BenchResults {
  machine: Record<string, string | number>;
  rollups: boolean;
  levels: LevelResult[];
  growth: { name: string; label: string; fromRows: number; toRows: number; p50From: number; p50To: number; ratio: number | null }[];
  dashboard: DashboardResult | { error: string } | null;
}

const rows = (n: number) => `10^${Math.round(Math.log10(n))}`;
const ms = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(1));
const x = (value: number | null | undefined) => (value == null ? '—' : `${value.toFixed(2)}×`);
const table = (header: string[], body: (string | number)[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map((h, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? '**met**' : '**not met**');

export function targetsTable(results: BenchResults): string {
  const last = results.levels[results.levels.length - 1];
  if (!last) return '';
  const at = `at ${rows(last.rows)} rows`;
  const worstP95 = Math.max(...last.queries.map((q) => q.graphql.p95));
  const worstOverRollup = results.rollups ? Math.max(...last.queries.map((q) => q.graphqlOverSqlRollup ?? 0)) : null;
  const worstGrowth = results.growth.length ? Math.max(...results.growth.map((g) => g.ratio ?? 0)) : null;
  const importRatio = Math.min(...results.levels.map((l) => l.import.importerOverCopy ?? 0));
  const peer = 'error' in last.peer ? null : last.peer;
  const dashboard = results.dashboard && !('error' in results.dashboard) ? results.dashboard : null;
  const lines = [
    ['p95 ≤ 25 ms for each dashboard query through GraphQL', `worst p95 ${ms(worstP95)} ms ${at}`, verdict(worstP95 <= 25)],
    ['GraphQL ÷ hand-written SQL on rollups ≤ 1.5 (p50)', worstOverRollup === null ? 'rollups not present' : `worst ${x(worstOverRollup)} ${at}`, verdict(worstOverRollup === null ? null : worstOverRollup <= 1.5)],
    ['growth: p50 at 10^7 ÷ p50 at 10^5 ≤ 2', worstGrowth === null || last.rows < 1e7 ? `worst ${x(worstGrowth)} from ${rows(results.levels[0].rows)} to ${rows(last.rows)} (10^7 not run)` : `worst ${x(worstGrowth)}`, verdict(last.rows < 1e7 ? null : (worstGrowth ?? Infinity) <= 2)],
    ['importer ≥ 0.5 × COPY throughput', `lowest ${x(importRatio)}`, verdict(importRatio >= 0.5)],
    ['faster than the peer on the same query (p50)', peer ? `peer ${x(peer.peerOverOurs)} ours ${at}` : `peer did not run: ${'error' in last.peer ? last.peer.error.split('\n')[0] : ''}`, verdict(peer ? (peer.peerOverOurs ?? 0) > 1 : null)],
    ['initial dashboard JavaScript ≤ 250 KB gzip', dashboard ? `${(dashboard.initialJsGzipBytes / 1024).toFixed(1)} KB` : 'not measured', verdict(dashboard ? dashboard.initialJsGzipBytes <= 250 * 1024 : null)],
  ];
  return table(['target', 'measured', ''], lines);
}

export function renderMarkdown(results: BenchResults): string {
  const m = results.machine;
  const parts = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.ts) on ${String(m.date).slice(0, 10)}, commit ${m.commit}. Everything below was measured in one run, side by side; read the ratios rather than the absolute times.`,
    '',
    `**Machine:** ${m.cores} × ${m.cpu}, ${m.memoryGb} GB RAM, ${m.os}; Node.js ${m.node}; ${m.postgres} (embedded, default settings).${m.loadAverageAtStart === undefined ? '' : ` Load average when the run began: ${m.loadAverageAtStart} (other work on the machine shows most in the p95s).`}`,
    '',
    '## Targets',
    '',
    targetsTable(results),
    '',
    '## Import: the real importer against PostgreSQL COPY of the same files into a bare table',
    '',
    'Synthetic contract-format files (the demo generator\'s records, renamed per replica; 100,000 rows a file, every dataset), each imported whole (validation, keyed hashing, upsert, rollup triggers) and COPied into a table with no key, index or trigger.',
    '',
    table(['scale', 'rows added', 'importer rows/s', 'COPY rows/s', 'importer ÷ COPY'],
      results.levels.map((l) => [rows(l.rows), l.import.rows.toLocaleString('en-GB'), l.import.importerRowsPerSecond.toLocaleString('en-GB'), l.import.copyRowsPerSecond.toLocaleString('en-GB'), x(l.import.importerOverCopy)])),
    '',
    '## Queries: the dashboard\'s documents through HTTP + GraphQL beside hand-written SQL (ms)',
    '',
    'Member token (nothing suppressed). SQL through pg as the owner, the statements run one after another on one connection. Ratios are of p50s. ' +
      'For the SPC chart and the review the SQL computes the counts they are made from (monthly series, each dataset\'s first and last record); the API computes the XmR limits, RAG and forecasts on top. ' +
      'The rollup SQL reads `<fact table>_monthly`; the first and last record still come from the fact tables\' date indexes.',
  ];
  for (const level of results.levels) {
    parts.push('', `### ${rows(level.rows)} rows`, '', table(
      ['query', 'GraphQL p50', 'p95', 'SQL base p50', 'p95', 'SQL rollup p50', 'p95', 'GraphQL ÷ base', 'GraphQL ÷ rollup'],
      level.queries.map((q) => [q.label, ms(q.graphql.p50), ms(q.graphql.p95), ms(q.sqlBase.p50), ms(q.sqlBase.p95), ms(q.sqlRollup?.p50), ms(q.sqlRollup?.p95), x(q.graphqlOverSqlBase), x(q.graphqlOverSqlRollup)]),
    ), '', `The floor, the smallest request (CheckToken, \`measures { id }\`: HTTP, token, GraphQL, the request's transaction, no figures): p50 ${ms(level.floor.p50)} ms, p95 ${ms(level.floor.p95)} ms.`);
  }
  if (results.growth.length) {
    parts.push('', `## Growth: GraphQL p50 at ${rows(results.growth[0].toRows)} ÷ p50 at ${rows(results.growth[0].fromRows)}`, '', table(
      ['query', `p50 at ${rows(results.growth[0].fromRows)}`, `p50 at ${rows(results.growth[0].toRows)}`, 'growth'],
      results.growth.map((g) => [g.label, ms(g.p50From), ms(g.p50To), x(g.ratio)]),
    ));
  }
  parts.push('', '## Load: autocannon, the quarterly review, 50 connections, 10 s', '', 'Two API processes: one server started with `API_PROCESSES=2` (node:cluster workers sharing the port), warmed first like the other.', '', table(
    ['scale', 'API processes', 'requests/s', 'p50 ms', 'p99 ms', 'failed'],
    results.levels.flatMap((l) => l.load.map((r) => [rows(l.rows), r.processes, r.requestsPerSecond, r.p50Ms, r.p99Ms, r.failed])),
  ));
  parts.push('', '## Peer: PostGraphile 5 + @graphile/pg-aggregates on the same tables, the quarterly series', '', table(
    ['scale', 'ours p50', 'p95', 'PostGraphile p50', 'p95', 'PostGraphile ÷ ours', 'same answer'],
    results.levels.map((l) => ('error' in l.peer
      ? [rows(l.rows), '—', '—', '—', '—', `did not run: ${l.peer.error.split('\n')[0]}`, '—']
      : [rows(l.rows), ms(l.peer.ours.p50), ms(l.peer.ours.p95), ms(l.peer.peer.p50), ms(l.peer.peer.p95), x(l.peer.peerOverOurs), l.peer.sameAnswer ? 'yes' : 'NO'])),
  ));
  const d = results.dashboard;
  parts.push('', '## Dashboard', '');
  if (!d) parts.push('Not measured.');
  else if ('error' in d) parts.push(`Not measured: ${d.error}`);
  else {
    parts.push(table(['initial JavaScript', 'gzip', 'first chart p50 (cold, headless Chromium)', 'max', 'runs'], [[
      `${(d.initialJsBytes / 1024).toFixed(1)} KB in ${d.initialJsFiles.length} files`, `${(d.initialJsGzipBytes / 1024).toFixed(1)} KB`, `${d.firstChartMs.p50} ms`, `${d.firstChartMs.max} ms`, d.firstChartMs.runs,
    ]]));
  }
  return parts.join('\n') + '\n';
}

export function writeReport(directory: string, results: BenchResults): void {
  fs.writeFileSync(path.join(directory, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  fs.writeFileSync(path.join(directory, 'results.md'), renderMarkdown(results));
}
