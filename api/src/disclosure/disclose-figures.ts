import type { AuthUser } from '../access/roles';
import { isControlledRole } from '../access/figure-access';
import { DIMENSIONS, type Dimension } from '../datasets/dataset-catalogue';
import type { FigureQuery } from '../figures/figure-query';
import { knownCodes } from '../figures/figure-query';
import { computeFigures, dimensionValue, sortRows, type FigureResultData, type FigureRowData } from '../figures/figures.service';
import { addMonths } from '../shared/dates';
import { financialYearOf, periodStartingOn, type PeriodRange } from '../figures/financial-periods';
import { UNKNOWN_WARD } from '../measures/dimension-labels';
import { findMeasure, type MeasureDefinition } from '../measures/measure-catalogue';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import type { Queryable } from '../shared/queryable';
import { patternDimensions } from './combinable-breakdowns';
import type { CellCodes, CellRef, LeafCount, TimeNode } from './disclosure-types';
import { suppressSmallCells, type SuppressionPattern } from './suppress-small-cells';

/** Whether this answer needs small-cell protection: a person-counting measure, broken down, for a controlled role. */
export function needsDisclosure(user: AuthUser, query: FigureQuery): boolean {
  return isControlledRole(user.role) && query.measure.countsPeople && (query.groupBy.length > 0 || query.filter.length > 0);
}

/** The breakdowns of the pattern that answers this query (see combinable-breakdowns.ts), in catalogue order. */
function breakdownDimensions(query: FigureQuery): Dimension[] {
  const requested = DIMENSIONS.filter((d) => query.groupBy.includes(d) || query.filter.some((f) => f.dimension === d));
  const dimensions = patternDimensions(query.measure.dataset, requested);
  if (!dimensions) throw new Error(`${requested.join(' × ')} cannot be protected together; authorizeFigures should have refused it`);
  return DIMENSIONS.filter((d) => dimensions.includes(d));
}

/** The count measures a rate is made of: its cells are withheld when either part's are. */
function countMeasuresOf(measure: MeasureDefinition): MeasureDefinition[] {
  if (!measure.numerator) return [measure];
  const numerator = findMeasure('arrests.women_drug_test_referred');
  const denominator = findMeasure('arrests.women_soliciting');
  if (!numerator || !denominator) throw new Error(`no count measures behind ${measure.id}`);
  return [numerator, denominator];
}

/**
 * Counts for every month × code of the breakdowns, over the whole financial year and every record:
 * the figures planner's own monthly breakdown, so the cube counts exactly what `figures` counts.
 */
async function leafCounts(database: Queryable, measure: MeasureDefinition, dimensions: Dimension[], from: string, to: string, reference: ReferenceCatalogue): Promise<LeafCount[]> {
  const { rows } = await computeFigures(database, { measure, period: 'financialYear', from, to, granularity: 'MONTH', groupBy: dimensions, filter: [] }, reference);
  return rows.map((row) => ({
    month: row.period?.label as string,
    count: row.value as number,
    codes: Object.fromEntries(row.key.map((k) => [k.dimension, k.code])) as CellCodes,
  }));
}

const patternCache = new Map<string, Promise<SuppressionPattern[]>>();
const CACHE_LIMIT = 200;

/**
 * The suppression patterns for a query's measure, financial year and breakdowns. Computed from all
 * records (so every role and every request sees the same cells withheld) and cached until the
 * records change (data_version); only the yes/no per cell ever leaves here.
 */
async function patternsFor(database: Queryable, query: FigureQuery, reference: ReferenceCatalogue): Promise<SuppressionPattern[]> {
  const dimensions = breakdownDimensions(query);
  // Read in the caller's snapshot (answerFigures: REPEATABLE READ), the same one the counts come from.
  const [{ version }] = await database.query(`SELECT epoch || ':' || version AS version FROM data_version`);
  const financialYear = financialYearOf(query.from);
  const key = `${query.measure.id}|${financialYear}|${dimensions.join(',')}|${version}`;
  let patterns = patternCache.get(key);
  if (!patterns) {
    patterns = Promise.all(countMeasuresOf(query.measure).map((measure) => leafCounts(database, measure, dimensions, query.from, query.to, reference)))
      .then((leaves) => protectionPatterns(query, leaves, reference));
    if (patternCache.size >= CACHE_LIMIT) patternCache.delete(patternCache.keys().next().value as string);
    patternCache.set(key, patterns);
    patterns.catch(() => patternCache.delete(key));
  }
  return patterns;
}

/**
 * The patterns that protect a query's breakdowns, from the leaf counts (month × breakdown codes) of
 * each count measure it is made of (one; two for a rate: numerator, then denominator).
 */
export function protectionPatterns(query: FigureQuery, leavesByCountMeasure: LeafCount[][], reference: ReferenceCatalogue): SuppressionPattern[] {
  const dimensions = breakdownDimensions(query);
  const financialYear = financialYearOf(query.from);
  return countMeasuresOf(query.measure).map((measure, i) => suppressSmallCells({
    measureId: measure.id,
    financialYear,
    dimensions: dimensions.map((dimension) => ({ dimension, codes: knownCodes(dimension, reference) })),
    leaves: leavesByCountMeasure[i],
  }));
}

function timeNodeOf(query: FigureQuery, row: FigureRowData | null): TimeNode {
  if (!row?.period || query.granularity === 'FINANCIAL_YEAR') return 'YEAR';
  return query.granularity === 'QUARTER' ? `Q${row.period.label.slice(-1)}` : row.period.label;
}

/** The cube cells a figure is the sum of: one, unless a filter names several codes of an ungrouped breakdown. */
function componentCells(query: FigureQuery, time: TimeNode, key: FigureRowData['key']): CellRef[] {
  let cells: Record<string, string>[] = [Object.fromEntries(key.map((k) => [k.dimension, k.code]))];
  for (const { dimension, codes } of query.filter) {
    if (query.groupBy.includes(dimension)) continue;
    cells = cells.flatMap((cell) => codes.map((code) => ({ ...cell, [dimension]: code })));
  }
  return cells.map((codes) => ({ time, codes }));
}

/** A figure is withheld when any cell it adds up is withheld (else the withheld part could be subtracted out). */
function withheld(patterns: SuppressionPattern[], cells: CellRef[]): boolean {
  return patterns.some((pattern) => pattern.unprotectableCells().length > 0 || cells.some((cell) => pattern.isSuppressed(cell)));
}

/** Whether a withheld cube cell is one of this query's rows: same time level, same breakdowns, inside its filter. */
function isRowOfQuery(query: FigureQuery, dimensions: Dimension[], cell: CellRef): boolean {
  const level = query.granularity === 'MONTH' ? /^\d{4}-\d{2}$/ : query.granularity === 'QUARTER' ? /^Q[1-4]$/ : /^YEAR$/;
  if (!level.test(cell.time)) return false;
  return dimensions.every((dimension) => {
    const code = cell.codes[dimension];
    const filter = query.filter.find((f) => f.dimension === dimension);
    if (query.groupBy.includes(dimension)) return code !== undefined && (!filter || filter.codes.includes(code));
    if (filter) return filter.codes.length === 1 && code === filter.codes[0];
    return code === undefined;
  });
}

function periodOfCell(query: FigureQuery, time: string): PeriodRange | null {
  if (!query.granularity) return null;
  if (query.granularity === 'MONTH') return periodStartingOn('MONTH', `${time}-01`);
  if (query.granularity === 'QUARTER') return periodStartingOn('QUARTER', addMonths(query.from, 3 * (Number(time.slice(1)) - 1)));
  return periodStartingOn('FINANCIAL_YEAR', query.from);
}

/**
 * Rows for withheld cells whose count is zero: the figures planner leaves zero rows out, and a
 * missing row would read as a published 0.
 */
function withheldZeroRows(query: FigureQuery, patterns: SuppressionPattern[], rows: FigureRowData[], reference: ReferenceCatalogue): FigureRowData[] {
  const dimensions = breakdownDimensions(query);
  const present = new Set(rows.map((r) => `${r.period?.start ?? ''}|${r.key.map((k) => k.code).join('|')}`));
  const added = new Map<string, FigureRowData>();
  for (const cell of patterns.flatMap((p) => p.suppressedCells())) {
    if (!isRowOfQuery(query, dimensions, cell)) continue;
    const period = periodOfCell(query, cell.time);
    const key = query.groupBy.map((d) => dimensionValue(d, cell.codes[d] === UNKNOWN_WARD && d === 'WARD' ? null : (cell.codes[d] as string), reference));
    const id = `${period?.start ?? ''}|${key.map((k) => k.code).join('|')}`;
    if (!present.has(id) && !added.has(id)) added.set(id, { period, key, value: null, suppressed: true });
  }
  return [...added.values()];
}

/**
 * Disclosure control on a figures answer: small counts of people, and the cells that would give
 * them away, become `value: null, suppressed: true` for funders and councillors.
 */
export async function discloseFigures(database: Queryable, query: FigureQuery, result: FigureResultData, reference: ReferenceCatalogue): Promise<FigureResultData> {
  return applyDisclosure(query, result, await patternsFor(database, query, reference), reference);
}

/** The answer as a controlled role may see it, under the given patterns (no database: the rules alone). */
export function applyDisclosure(query: FigureQuery, result: FigureResultData, patterns: SuppressionPattern[], reference: ReferenceCatalogue): FigureResultData {
  const disclosed = result.rows.map((row) => (withheld(patterns, componentCells(query, timeNodeOf(query, row), row.key)) ? { ...row, value: null, suppressed: true } : row));
  const rows = sortRows([...disclosed, ...withheldZeroRows(query, patterns, result.rows, reference)], query.groupBy, reference);
  // The total adds up every filtered code, grouped or not: a published sum of a withheld and a published row gives the first away.
  const totalWithheld = query.filter.length > 0 && withheld(patterns, componentCells({ ...query, groupBy: [] }, 'YEAR', []));
  return { ...result, rows, total: totalWithheld ? null : result.total, suppressed: totalWithheld };
}
