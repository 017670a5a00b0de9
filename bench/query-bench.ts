import type { Client } from 'pg';
import { quarterlyValues, type BenchQuery, type Statement } from './queries';
import { ratio, timed, timing, type Timing } from './stats';
import { JsonPoster } from '../api/test/support/json-poster';

export interface QueryResult {
  name: string;
  label: string;
  /** Answer-cache hits: the same document and variables, asked again while the data stands still. */
  graphql: Timing;
  /** Misses: each request carries an unused variable of its own, so its key is new and the answer is computed. */
  graphqlMiss?: Timing;
  sqlBase: Timing;
  sqlRollup: Timing | null;
  /** p50 ratios: how much the API adds over the hand-written SQL (hits, then misses). */
  graphqlOverSqlBase: number | null;
  graphqlOverSqlRollup: number | null;
  missOverSqlBase?: number | null;
  missOverSqlRollup?: number | null;
}

/**
 * graphql-js ignores a variable the operation does not declare, but the answer cache keys the
 * variables as sent: a fresh one makes a request a miss that computes the same answer.
 */
let missCounter = 0;
export const missVariables = (variables: Record<string, unknown>) => ({ ...variables, benchMiss: `${process.pid}-${(missCounter += 1)}` });

/** One client for every GraphQL request the bench times, ours and the peer's alike (see JsonPoster for why not fetch). */
const poster = new JsonPoster(64);

export async function postGraphql(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const { status, body } = await poster.post(url, { query, variables }, { authorization: `Bearer ${token}` }).catch((error: Error) => {
    throw new Error(`${url}: ${error.message}`);
  });
  if (status !== 200 || body?.errors?.length || !body?.data) {
    throw new Error(`GraphQL answered ${status}: ${(body?.errors as { message: string }[] | undefined)?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return body.data;
}

async function runStatements(client: Client, statements: Statement[]): Promise<Record<string, unknown>[][]> {
  const results: Record<string, unknown>[][] = [];
  for (const statement of statements) results.push((await client.query(statement.text, statement.values)).rows);
  return results;
}

/** At least MIN_RUNS and up to MAX_RUNS rounds, within about BUDGET_MS a query (the base-table SQL is slow at 10^7). */
const MIN_RUNS = 7;
const MAX_RUNS = 40;
const BUDGET_MS = 25_000;
/** Each round asks the base-table SQL once and everything else this often, interleaved: enough samples for a p95 at 10^7 too. */
const FAST_REPEATS = 4;

export async function benchQuery(query: BenchQuery, options: { graphqlUrl: string; token: string; sql: Client; rollups: boolean }): Promise<QueryResult> {
  const variants: Record<'graphql' | 'graphqlMiss' | 'sqlBase' | 'sqlRollup', () => Promise<unknown>> = {
    graphql: () => postGraphql(options.graphqlUrl, options.token, query.document, query.variables),
    graphqlMiss: () => postGraphql(options.graphqlUrl, options.token, query.document, missVariables(query.variables)),
    sqlBase: () => runStatements(options.sql, query.sql.base),
    sqlRollup: () => runStatements(options.sql, query.sql.rollup),
  };
  const names = (Object.keys(variants) as (keyof typeof variants)[]).filter((v) => v !== 'sqlRollup' || options.rollups);
  // Warm: plans cached, pages in memory, and the API's code compiled (a newly started process is slower for its first requests).
  for (let i = 0; i < 10; i += 1) await variants.graphqlMiss();
  for (const name of names) await variants[name]();
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const started = Date.now();
  for (let run = 0; run < MAX_RUNS && (run < MIN_RUNS || Date.now() - started < BUDGET_MS); run += 1) {
    for (let repeat = 0; repeat < FAST_REPEATS; repeat += 1) {
      for (const name of names) if (repeat === 0 || name !== 'sqlBase') samples[name].push((await timed(variants[name])).ms);
    }
  }
  const graphql = timing(samples.graphql);
  const graphqlMiss = timing(samples.graphqlMiss);
  const sqlBase = timing(samples.sqlBase);
  const sqlRollup = options.rollups ? timing(samples.sqlRollup) : null;
  return {
    name: query.name, label: query.label, graphql, graphqlMiss, sqlBase, sqlRollup,
    graphqlOverSqlBase: ratio(graphql.p50, sqlBase.p50),
    graphqlOverSqlRollup: ratio(graphql.p50, sqlRollup?.p50),
    missOverSqlBase: ratio(graphqlMiss.p50, sqlBase.p50),
    missOverSqlRollup: ratio(graphqlMiss.p50, sqlRollup?.p50),
  };
}

/** The API's answer and the hand-written SQL's agree: the year's total and the quarterly series. */
export async function checkAnswers(queries: BenchQuery[], options: { graphqlUrl: string; token: string; sql: Client; rollups: boolean }): Promise<string[]> {
  const problems: string[] = [];
  for (const name of ['total', 'quarterly']) {
    const query = queries.find((q) => q.name === name) as BenchQuery;
    const data = await postGraphql(options.graphqlUrl, options.token, query.document, query.variables);
    const fromApi = name === 'total' ? [data.figures.total] : quarterlyValues(data);
    for (const source of options.rollups ? (['base', 'rollup'] as const) : (['base'] as const)) {
      const [rows] = await runStatements(options.sql, query.sql[source]);
      const fromSql = rows.map((r) => (name === 'total' ? r.total : r.value));
      if (JSON.stringify(fromApi) !== JSON.stringify(fromSql)) problems.push(`${name}: GraphQL ${JSON.stringify(fromApi)} but SQL on ${source} ${JSON.stringify(fromSql)}`);
    }
  }
  return problems;
}

/** The API's floor: HTTP, token, GraphQL and the request's transaction around no figures at all. */
export async function benchFloor(options: { graphqlUrl: string; token: string; document: string }): Promise<Timing> {
  const ask = () => postGraphql(options.graphqlUrl, options.token, options.document, {});
  await ask();
  const samples: number[] = [];
  for (let run = 0; run < MAX_RUNS; run += 1) samples.push((await timed(ask)).ms);
  return timing(samples);
}

export interface RoleResult {
  name: string;
  label: string;
  /** A funder's first request for the year after the release: the disclosure pattern is computed (ms). */
  funderFirstMs: number;
  member: { hit: Timing; miss: Timing };
  funder: { hit: Timing; miss: Timing };
  /** Funder p50 ÷ member p50. */
  funderOverMemberHit: number | null;
  funderOverMemberMiss: number | null;
}

const ROLE_RUNS = 30;

/**
 * A funder's answers beside a member's, hits and misses, for the dashboard queries a funder may ask
 * (fixed periods: the others are refused and left out). The data are released to funders first.
 */
export async function benchRoles(queries: BenchQuery[], options: { graphqlUrl: string; memberToken: string; funderToken: string }): Promise<(RoleResult | { name: string; label: string; refused: string })[]> {
  const results: (RoleResult | { name: string; label: string; refused: string })[] = [];
  for (const query of queries) {
    const ask = (token: string, miss: boolean) => () => postGraphql(options.graphqlUrl, token, query.document, miss ? missVariables(query.variables) : query.variables);
    let funderFirstMs: number;
    try {
      funderFirstMs = (await timed(ask(options.funderToken, true))).ms;
    } catch (error) {
      results.push({ name: query.name, label: query.label, refused: (error as Error).message.split('\n')[0] });
      continue;
    }
    const variants = { memberHit: ask(options.memberToken, false), memberMiss: ask(options.memberToken, true), funderHit: ask(options.funderToken, false), funderMiss: ask(options.funderToken, true) };
    for (const run of Object.values(variants)) for (let i = 0; i < 5; i += 1) await run();
    const samples: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    for (let i = 0; i < ROLE_RUNS; i += 1) {
      for (const [name, run] of Object.entries(variants)) samples[name].push((await timed(run)).ms);
    }
    const member = { hit: timing(samples.memberHit), miss: timing(samples.memberMiss) };
    const funder = { hit: timing(samples.funderHit), miss: timing(samples.funderMiss) };
    results.push({
      name: query.name, label: query.label, funderFirstMs: Math.round(funderFirstMs), member, funder,
      funderOverMemberHit: ratio(funder.hit.p50, member.hit.p50), funderOverMemberMiss: ratio(funder.miss.p50, member.miss.p50),
    });
  }
  return results;
}
