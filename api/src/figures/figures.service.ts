import { queryPrepared, type Queryable } from '../shared/queryable';
import { DATASETS, type Dimension } from '../datasets/dataset-catalogue';
import { enumLabel, UNKNOWN_WARD } from '../measures/dimension-labels';
import type { Condition, MeasureDefinition } from '../measures/measure-catalogue';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { periodStartingOn, periodStartSql, periodsBetween, type PeriodRange } from '../shared/financial-periods';
import { knownCodes, type FigureQuery } from './figure-query';
import { countSource, type CountPreference, type CountSource } from './rollups';

export interface DimensionValueData {
  dimension: Dimension;
  code: string;
  label: string;
}

export interface FigureRowData {
  period: PeriodRange | null;
  key: DimensionValueData[];
  value: number | null;
  suppressed: boolean;
}

export interface FigureResultData {
  measure: MeasureDefinition;
  /** For figures read from the releases (funders, councillors): the last month released. */
  releasedThrough?: string | null;
  /** Periods asked for that end before the dataset was collected: they have no row (answerFigures sets these two). */
  notCollected?: PeriodRange[];
  /** When the dataset began to be collected ('YYYY-MM-DD'); null when nothing tells. */
  collectedFrom?: string | null;
  /** Periods asked for that begin after today: they have no row (answerFigures sets this). */
  notYetBegun?: PeriodRange[];
  total: number | null;
  suppressed: boolean;
  rows: FigureRowData[];
}

/** Collects SQL parameters so that no value is ever spliced into the text. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function conditionSql(conditions: Condition[], params: Params): string[] {
  return conditions.map((c) => `${c.column} = ${params.add(c.equals)}`);
}

function whereClause(query: FigureQuery, source: CountSource, params: Params): string {
  const { measure } = query;
  const dimensions = DATASETS[measure.dataset].dimensions;
  const clauses = [`${source.dateColumn} BETWEEN ${params.add(query.from)} AND ${params.add(query.to)}`, ...conditionSql(measure.where, params)];
  for (const { dimension, codes } of query.filter) {
    const column = dimensions[dimension] as string;
    const named = codes.filter((c) => !(dimension === 'WARD' && c === UNKNOWN_WARD));
    const parts = named.length ? [`${column} = ANY(${params.add(named)}::text[])`] : [];
    if (named.length !== codes.length) parts.push(`${column} IS NULL`);
    clauses.push(`(${parts.join(' OR ')})`);
  }
  return clauses.join(' AND ');
}

/** How many of the measure's records, and of those meeting the numerator for rates. */
function countsSql(measure: MeasureDefinition, source: CountSource, params: Params): string {
  const numerator = measure.numerator ? source.count(conditionSql(measure.numerator, params).join(' AND ')) : source.count();
  return `${numerator} AS numerator, ${source.count()} AS denominator`;
}

/** The measure's value from its counts; a rate with nothing to divide by has no row. */
function valueOf(measure: MeasureDefinition, numerator: number, denominator: number): number | null {
  if (!measure.numerator) return numerator;
  return denominator === 0 ? null : (100 * numerator) / denominator;
}

export function dimensionValue(dimension: Dimension, code: string | null, reference: ReferenceCatalogue): DimensionValueData {
  if (dimension === 'WARD') {
    if (code === null) return { dimension, code: UNKNOWN_WARD, label: 'Unknown or outside the borough' };
    return { dimension, code, label: reference.wards.get(code)?.name ?? code };
  }
  if (dimension === 'STRAND') return { dimension, code: code ?? '', label: reference.strands.get(code ?? '')?.label ?? code ?? '' };
  return { dimension, code: code ?? '', label: enumLabel(code ?? '') };
}

interface CountRow {
  period_start: string | null;
  numerator: number;
  denominator: number;
  [dimension: string]: string | number | null;
}

/**
 * One figures request as a GROUP BY, its values added to `params` (shared when statements run
 * together). Whole months are counted from the monthly rollup, anything else from the records
 * (`prefer: 'records'` forces the records). `breakdownColumns` pads the breakdowns with NULLs, so
 * statements with fewer breakdowns line up in a UNION ALL.
 */
function figureStatement(query: FigureQuery, params: Params, prefer: CountPreference, breakdownColumns = query.groupBy.length): { sql: string; fromRollup: boolean } {
  const { measure, granularity, groupBy } = query;
  const source = countSource(measure, query.from, query.to, prefer);
  const dimensions = DATASETS[measure.dataset].dimensions;
  const counts = countsSql(measure, source, params);
  const where = whereClause(query, source, params);
  const periodStart = granularity ? periodStartSql(granularity, source.dateColumn) : null;
  const selects = [
    periodStart ? `to_char(${periodStart}, 'YYYY-MM-DD') AS period_start` : 'NULL::text AS period_start',
    ...groupBy.map((d, i) => `${dimensions[d]} AS d${i}`),
  ];
  // Grouped by the date itself, so each period's start is written as text once per group, not once per row.
  const groupKeys = selects.map((_, i) => (i === 0 && periodStart ? periodStart : String(i + 1)));
  for (let i = groupBy.length; i < breakdownColumns; i += 1) selects.push(`NULL::text AS d${i}`);
  return { sql: `SELECT ${selects.join(', ')}, ${counts} FROM ${source.table} WHERE ${where} GROUP BY ${groupKeys.join(', ')}`, fromRollup: source.fromRollup };
}

/**
 * Answers a figures request with one GROUP BY in PostgreSQL; the total is the sum of the groups' raw
 * counts (of records, never of published cells, which may be withheld).
 */
export async function computeFigures(
  database: Queryable, query: FigureQuery, reference: ReferenceCatalogue, prefer: CountPreference = 'auto',
): Promise<FigureResultData> {
  const params = new Params();
  const { sql, fromRollup } = figureStatement(query, params, prefer);
  const rows: CountRow[] = await runFigureStatement(database, sql, params.values, fromRollup);
  return figureResult(query, rows, reference);
}

/**
 * Several figures requests answered in one statement (a UNION ALL of each one's GROUP BY), each
 * exactly as computeFigures answers it alone: for pages that ask many questions at once, such as the
 * quarterly review, where every statement's round trip costs more than the rollup query it carries.
 */
export async function computeFiguresTogether(
  database: Queryable, queries: readonly FigureQuery[], reference: ReferenceCatalogue, prefer: CountPreference = 'auto',
): Promise<FigureResultData[]> {
  if (queries.length === 0) return [];
  if (queries.length === 1) return [await computeFigures(database, queries[0], reference, prefer)];
  const params = new Params();
  const breakdownColumns = Math.max(...queries.map((q) => q.groupBy.length));
  const statements = queries.map((query) => figureStatement(query, params, prefer, breakdownColumns));
  const sql = statements.map((statement, index) => `SELECT ${index} AS request, answer.* FROM (${statement.sql}) answer`).join(' UNION ALL ');
  const rows: (CountRow & { request: number })[] = await runFigureStatement(database, sql, params.values, statements.every((s) => s.fromRollup));
  const byRequest = queries.map((): CountRow[] => []);
  for (const row of rows) byRequest[row.request].push(row);
  return queries.map((query, index) => figureResult(query, byRequest[index], reference));
}

/**
 * Counts from the monthly rollups run as prepared statements: the tables are small, so one plan
 * serves every range, and planning a statement cost more than running it. Counts from the records
 * are planned for their own range every time.
 */
function runFigureStatement<Row = CountRow>(database: Queryable, sql: string, values: unknown[], fromRollup: boolean): Promise<Row[]> {
  return fromRollup ? queryPrepared(database, sql, values) : database.query(sql, values);
}

/** A request's answer from the counts its GROUP BY returned. */
function figureResult(query: FigureQuery, rows: readonly CountRow[], reference: ReferenceCatalogue): FigureResultData {
  const { measure, granularity, groupBy } = query;
  // Every record counted falls in exactly one group, so the groups' raw counts add up to the whole:
  // the total is exact without a second scan. (Disclosure control later withholds cells, never this sum.)
  const total = rows.reduce((sum, row) => ({ numerator: sum.numerator + row.numerator, denominator: sum.denominator + row.denominator }), { numerator: 0, denominator: 0 });

  const byKey = new Map<string, FigureRowData>();
  for (const row of rows) {
    const value = valueOf(measure, row.numerator, row.denominator);
    if (value === null) continue;
    const key = groupBy.map((d, i) => dimensionValue(d, row[`d${i}`] as string | null, reference));
    const period = granularity && row.period_start ? periodStartingOn(granularity, row.period_start) : null;
    byKey.set(`${row.period_start}|${key.map((k) => k.code).join('|')}`, { period, key, value, suppressed: false });
  }
  // A time series without breakdowns lists every period, so a quiet month reads as 0, not as missing.
  if (granularity && groupBy.length === 0 && !measure.numerator) {
    for (const period of periodsBetween(granularity, query.from, query.to)) {
      const id = `${period.start}|`;
      if (!byKey.has(id)) byKey.set(id, { period, key: [], value: 0, suppressed: false });
    }
  }
  if (!granularity && groupBy.length === 0 && byKey.size === 0 && !measure.numerator) {
    byKey.set('null|', { period: null, key: [], value: 0, suppressed: false });
  }
  return {
    measure,
    total: valueOf(measure, total.numerator, total.denominator) ?? 0,
    suppressed: false,
    rows: sortRows([...byKey.values()], groupBy, reference),
  };
}

/** Period order, then key order (the reference order of each dimension's codes). */
export function sortRows(rows: FigureRowData[], groupBy: Dimension[], reference: ReferenceCatalogue): FigureRowData[] {
  const orders = groupBy.map((d) => new Map(knownCodes(d, reference).map((code, index) => [code, index])));
  return rows.sort((a, b) => {
    const byPeriod = (a.period?.start ?? '').localeCompare(b.period?.start ?? '');
    if (byPeriod) return byPeriod;
    for (let i = 0; i < groupBy.length; i += 1) {
      const diff = (orders[i].get(a.key[i].code) ?? 1e9) - (orders[i].get(b.key[i].code) ?? 1e9);
      if (diff) return diff;
    }
    return 0;
  });
}
