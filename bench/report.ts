import fs from 'node:fs';
import path from 'node:path';
import type { DashboardResult } from './dashboard';
import type { LoadResult } from './load-test';
import type { PeerResult } from './peer';
import type { QueryResult, RoleResult } from './query-bench';
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
  /** A funder beside a member (absent in results written before the answer cache). */
  roles?: (RoleResult | { name: string; label: string; refused: string })[];
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
  const worstP95 = Math.max(...last.queries.map((q) => (q.graphqlMiss ?? q.graphql).p95));
  const worstOverRollup = results.rollups ? Math.max(...last.queries.map((q) => q.graphqlOverSqlRollup ?? 0)) : null;
  const worstMissOverRollup = results.rollups ? Math.max(...last.queries.map((q) => q.missOverSqlRollup ?? 0)) : null;
  const roles = (last.roles ?? []).filter((r): r is RoleResult => !('refused' in r));
  const worstFunderHit = roles.length ? Math.max(...roles.map((r) => r.funderOverMemberHit ?? 0)) : null;
  const worstFunderMiss = roles.length ? Math.max(...roles.map((r) => r.funderOverMemberMiss ?? 0)) : null;
  const review = last.load.find((l) => l.processes === 1 && (l.answers ?? 'hits') === 'hits');
  const worstGrowth = results.growth.length ? Math.max(...results.growth.map((g) => g.ratio ?? 0)) : null;
  const importRatio = Math.min(...results.levels.map((l) => l.import.importerOverCopy ?? 0));
  const peer = 'error' in last.peer ? null : last.peer;
  const dashboard = results.dashboard && !('error' in results.dashboard) ? results.dashboard : null;
  const lines = [
    ['quarterly review, 50 connections, one API process: ≥ 1,000 requests/s, p99 ≤ 100 ms', review ? `${review.requestsPerSecond} requests/s, p99 ${review.p99Ms} ms ${at}` : 'not measured', verdict(review ? review.requestsPerSecond >= 1000 && review.p99Ms <= 100 : null)],
    ['p95 ≤ 25 ms for each dashboard query through GraphQL, on a miss', `worst p95 ${ms(worstP95)} ms ${at}`, verdict(worstP95 <= 25)],
    ['GraphQL ÷ hand-written SQL on rollups ≤ 1.5 (p50), cache hits', worstOverRollup === null ? 'rollups not present' : `worst ${x(worstOverRollup)} ${at}`, verdict(worstOverRollup === null ? null : worstOverRollup <= 1.5)],
    ['the same, misses (reported beside)', worstMissOverRollup === null ? 'rollups not present' : `worst ${x(worstMissOverRollup)} ${at}`, verdict(worstMissOverRollup === null ? null : worstMissOverRollup <= 1.5)],
    ['a funder\'s answers within 1.3× of a member\'s (p50), hits', worstFunderHit === null ? 'not measured' : `worst ${x(worstFunderHit)} ${at}`, verdict(worstFunderHit === null ? null : worstFunderHit <= 1.3)],
    ['the same, misses', worstFunderMiss === null ? 'not measured' : `worst ${x(worstFunderMiss)} ${at}`, verdict(worstFunderMiss === null ? null : worstFunderMiss <= 1.3)],
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
    'Member token (nothing suppressed). GraphQL twice: **hits** (the same request again while the data stand still: the answer cache) and **misses** (each request with an unused variable of its own, so its key is new and the answer is computed: what the first request after an import costs). ' +
      'GraphQL over HTTP/1.1 on a kept-alive socket (node:http, not fetch, whose own cost on these two cores is larger than a hit\'s); SQL through pg as the owner, the statements run one after another on one connection. ' +
      'Interleaved rounds: each asks the base-table SQL once and every other variant four times. Ratios are of p50s. ' +
      'For the SPC chart and the review the SQL computes the counts they are made from (monthly series, each dataset\'s first and last record); the API computes the XmR limits, RAG and forecasts on top. ' +
      'The rollup SQL reads `<fact table>_monthly`; the first and last record still come from the fact tables\' date indexes.',
  ];
  for (const level of results.levels) {
    parts.push('', `### ${rows(level.rows)} rows`, '', table(
      ['query', 'hit p50', 'p95', 'miss p50', 'p95', 'SQL base p50', 'p95', 'SQL rollup p50', 'p95', 'hit ÷ rollup', 'miss ÷ rollup', 'miss ÷ base'],
      level.queries.map((q) => [q.label, ms(q.graphql.p50), ms(q.graphql.p95), ms(q.graphqlMiss?.p50), ms(q.graphqlMiss?.p95), ms(q.sqlBase.p50), ms(q.sqlBase.p95), ms(q.sqlRollup?.p50), ms(q.sqlRollup?.p95), x(q.graphqlOverSqlRollup), x(q.missOverSqlRollup), x(q.missOverSqlBase)]),
    ), '', `The floor, the smallest request (CheckToken, \`measures { id }\`, a hit once warm): p50 ${ms(level.floor.p50)} ms, p95 ${ms(level.floor.p95)} ms.`);
    if (level.roles?.length) {
      parts.push('', `A funder beside a member at ${rows(level.rows)} rows (ms; everything released to funders first). First: the funder's first request for the year, which computes the disclosure pattern.`, '', table(
        ['query', 'member hit p50', 'funder hit p50', 'funder ÷ member (hits)', 'member miss p50', 'funder miss p50', 'funder ÷ member (misses)', 'funder first'],
        level.roles.map((r) => ('refused' in r
          ? [r.label, '—', '—', '—', '—', '—', `not asked: refused to funders (${r.refused})`, '—']
          : [r.label, ms(r.member.hit.p50), ms(r.funder.hit.p50), x(r.funderOverMemberHit), ms(r.member.miss.p50), ms(r.funder.miss.p50), x(r.funderOverMemberMiss), String(r.funderFirstMs)])),
      ));
    }
  }
  if (results.growth.length) {
    parts.push('', `## Growth: GraphQL p50 at ${rows(results.growth[0].toRows)} ÷ p50 at ${rows(results.growth[0].fromRows)}, misses`, '', table(
      ['query', `p50 at ${rows(results.growth[0].fromRows)}`, `p50 at ${rows(results.growth[0].toRows)}`, 'growth'],
      results.growth.map((g) => [g.label, ms(g.p50From), ms(g.p50To), x(g.ratio)]),
    ));
  }
  parts.push('', '## Load: autocannon, the quarterly review, 50 connections, 10 s', '', 'Hits: the same request throughout, answered from the cache once warm. Misses: each request with a key of its own, so every answer is computed. Two API processes: one server started with `API_PROCESSES=2` (node:cluster workers sharing the port), warmed first like the other.', '', table(
    ['scale', 'API processes', 'answers', 'requests/s', 'p50 ms', 'p99 ms', 'failed'],
    results.levels.flatMap((l) => l.load.map((r) => [rows(l.rows), r.processes, r.answers ?? 'hits', r.requestsPerSecond, r.p50Ms, r.p99Ms, r.failed])),
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
