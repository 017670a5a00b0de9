import type { Client } from 'pg';
import type { BenchQuery, Statement } from './queries';
import { ratio, timed, timing, type Timing } from './stats';

export interface QueryResult {
  name: string;
  label: string;
  graphql: Timing;
  sqlBase: Timing;
  sqlRollup: Timing | null;
  /** p50 ratios: how much the API adds over the hand-written SQL. */
  graphqlOverSqlBase: number | null;
  graphqlOverSqlRollup: number | null;
}

export async function postGraphql(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  }).catch((error: Error) => {
    throw new Error(`${url}: ${error.message} (${String((error.cause as Error | undefined)?.message ?? error.cause)})`);
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`GraphQL answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return body.data;
}

async function runStatements(client: Client, statements: Statement[]): Promise<Record<string, unknown>[][]> {
  const results: Record<string, unknown>[][] = [];
  for (const statement of statements) results.push((await client.query(statement.text, statement.values)).rows);
  return results;
}

/** At least MIN_RUNS and up to MAX_RUNS of each, interleaved, within about BUDGET_MS a query (the base-table SQL is slow at 10^7). */
const MIN_RUNS = 7;
const MAX_RUNS = 40;
const BUDGET_MS = 25_000;

export async function benchQuery(query: BenchQuery, options: { graphqlUrl: string; token: string; sql: Client; rollups: boolean }): Promise<QueryResult> {
  const variants: Record<'graphql' | 'sqlBase' | 'sqlRollup', () => Promise<unknown>> = {
    graphql: () => postGraphql(options.graphqlUrl, options.token, query.document, query.variables),
    sqlBase: () => runStatements(options.sql, query.sql.base),
    sqlRollup: () => runStatements(options.sql, query.sql.rollup),
  };
  const names = (Object.keys(variants) as (keyof typeof variants)[]).filter((v) => v !== 'sqlRollup' || options.rollups);
  // Warm: plans cached, pages in memory, and the API's code compiled (a newly started process is slower for its first requests).
  for (let i = 0; i < 10; i += 1) await variants.graphql();
  for (const name of names) await variants[name]();
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const started = Date.now();
  for (let run = 0; run < MAX_RUNS && (run < MIN_RUNS || Date.now() - started < BUDGET_MS); run += 1) {
    for (const name of names) samples[name].push((await timed(variants[name])).ms);
  }
  const graphql = timing(samples.graphql);
  const sqlBase = timing(samples.sqlBase);
  const sqlRollup = options.rollups ? timing(samples.sqlRollup) : null;
  return {
    name: query.name, label: query.label, graphql, sqlBase, sqlRollup,
    graphqlOverSqlBase: ratio(graphql.p50, sqlBase.p50),
    graphqlOverSqlRollup: ratio(graphql.p50, sqlRollup?.p50),
  };
}

/** The API's answer and the hand-written SQL's agree: the year's total and the quarterly series. */
export async function checkAnswers(queries: BenchQuery[], options: { graphqlUrl: string; token: string; sql: Client; rollups: boolean }): Promise<string[]> {
  const problems: string[] = [];
  for (const name of ['total', 'quarterly']) {
    const query = queries.find((q) => q.name === name) as BenchQuery;
    const data = await postGraphql(options.graphqlUrl, options.token, query.document, query.variables);
    const fromApi = name === 'total' ? [data.figures.total] : data.figures.rows.map((r: { value: number }) => r.value).filter((v: number) => v > 0);
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
