import type { AuthUser } from '../access/roles';
import { isControlledRole } from '../disclosure/disclosure-control';
import { DIMENSIONS, type Dimension } from '../datasets/dataset-catalogue';
import type { FigureQuery } from './figure-query';
import { computeFigures, dimensionValue, sortRows, type FigureResultData, type FigureRowData } from './figures.service';
import { addDays, addMonths } from '../shared/dates';
import { financialYearOf, parseFinancialYear, periodStartingOn, type PeriodRange } from '../shared/financial-periods';
import { UNKNOWN_WARD } from '../measures/dimension-labels';
import type { MeasureDefinition } from '../measures/measure-catalogue';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import type { Queryable } from '../shared/queryable';
import { patternDimensions } from '../disclosure/disclosure-control';
import type { CellCodes, CellRef, LeafCount, TimeNode } from '../disclosure/disclosure-types';
import { intervalAuditorReady } from '../disclosure/interval-auditor';
import { countMeasuresOf, measureCodeOf, PART_CODE, protectionGroupOf, REST_CODE, type ProtectionGroup } from '../disclosure/protection-groups';
import type { DisclosureRelease } from './disclosure-release.service';
import { impossibleLeaf, possibleCodes } from '../disclosure/structural-zeros';
import { patternKey, storedProtection, storeProtection } from './persisted-patterns';
import { protectionOf, suppressionPatternFrom, suppressSmallCells, type SuppressionPattern, type SuppressSmallCellsInput } from '../disclosure/suppress-small-cells';

/** Whether this answer needs small-cell protection: a person-counting measure, broken down, for a controlled role. */
export function needsDisclosure(user: AuthUser, query: FigureQuery): boolean {
  return isControlledRole(user.role) && query.measure.countsPeople && (query.groupBy.length > 0 || query.filter.length > 0);
}

/** The breakdowns of the pattern that answers this query (see disclosure-control.ts), in catalogue order. */
function breakdownDimensions(query: FigureQuery): Dimension[] {
  const requested = DIMENSIONS.filter((d) => query.groupBy.includes(d) || query.filter.some((f) => f.dimension === d));
  const dimensions = patternDimensions(query.measure.dataset, requested);
  if (!dimensions) throw new Error(`${requested.join(' × ')} cannot be protected together; authorizeFigures should have refused it`);
  return DIMENSIONS.filter((d) => dimensions.includes(d));
}

/** A pattern as one count measure sees it: cells of a group's part carry its MEASURE code. */
export interface MeasureView {
  readonly pattern: SuppressionPattern;
  readonly measureCode?: string;
}

function inView(view: MeasureView, cell: CellRef): CellRef {
  return view.measureCode === undefined ? cell : { time: cell.time, codes: { ...cell.codes, MEASURE: view.measureCode } };
}

function isOfView(view: MeasureView, cell: CellRef): boolean {
  return cell.codes.MEASURE === view.measureCode;
}

/** Counts by month × every code of the breakdowns, from the released months: what `figures` counts for these roles. */
async function releasedLeaves(database: Queryable, measure: MeasureDefinition, dimensions: Dimension[], year: PeriodRange, through: string, reference: ReferenceCatalogue): Promise<LeafCount[]> {
  const lastReleasedDay = addDays(addMonths(`${through}-01`, 1), -1);
  const end = year.end < lastReleasedDay ? year.end : lastReleasedDay;
  const { rows } = await computeFigures(database, { measure, period: 'financialYear', from: year.start, to: end, granularity: 'MONTH', groupBy: dimensions, filter: [] }, reference, 'released');
  return rows.map((row) => ({
    month: row.period?.label as string,
    count: row.value as number,
    codes: Object.fromEntries(row.key.map((k) => [k.dimension, k.code])) as CellCodes,
  }));
}

/** The group's leaves: the whole's, or with a subset, the part's and the rest's on the MEASURE axis. */
export function groupLeaves(wholeLeaves: readonly LeafCount[], partLeaves?: readonly LeafCount[]): LeafCount[] {
  if (!partLeaves) return [...wholeLeaves];
  const id = (leaf: LeafCount) => `${leaf.month}|${JSON.stringify(leaf.codes)}`;
  const part = new Map(partLeaves.map((leaf) => [id(leaf), leaf.count]));
  return [
    ...partLeaves.map((leaf) => ({ ...leaf, codes: { ...leaf.codes, MEASURE: PART_CODE } })),
    ...wholeLeaves.map((leaf) => ({ ...leaf, count: leaf.count - (part.get(id(leaf)) ?? 0), codes: { ...leaf.codes, MEASURE: REST_CODE } })),
  ];
}

/** The protection of a group's cube for these breakdowns and leaves, as released through a month; `earlier` is the release before's. */
function protectGroup(group: ProtectionGroup, dimensions: Dimension[], financialYear: string, leaves: readonly LeafCount[], releasedThrough: string, reference: ReferenceCatalogue, earlier?: SuppressionPattern): SuppressionPattern {
  return suppressSmallCells(groupCubeInput(group, dimensions, financialYear, leaves, releasedThrough, reference, earlier));
}

function groupCubeInput(group: ProtectionGroup, dimensions: Dimension[], financialYear: string, leaves: readonly LeafCount[], releasedThrough: string, reference: ReferenceCatalogue, earlier?: SuppressionPattern): SuppressSmallCellsInput {
  return {
    measureId: group.whole.id,
    financialYear,
    dimensions: [
      ...dimensions.map((dimension) => ({ dimension, codes: possibleCodes(group.whole, dimension, reference, parseFinancialYear(financialYear)) })),
      ...(group.part ? [{ dimension: 'MEASURE' as const, codes: [PART_CODE, REST_CODE] }] : []),
    ],
    leaves: leaves.filter((leaf) => leaf.month <= releasedThrough),
    cube: { isImpossibleLeaf: impossibleLeaf(reference, group), releasedThrough },
    hiddenMeasureCode: group.part ? REST_CODE : undefined,
    earlier,
  };
}

const patternCache = new Map<string, Promise<SuppressionPattern>>();
const CACHE_LIMIT = 400;

/** For tests: as a new process would start, with no pattern in memory (those kept in the database stay). */
export function forgetPatternsInMemory(): void {
  patternCache.clear();
}

function remember(key: string, pattern: Promise<SuppressionPattern>): Promise<SuppressionPattern> {
  if (patternCache.size >= CACHE_LIMIT) patternCache.delete(patternCache.keys().next().value as string);
  patternCache.set(key, pattern);
  pattern.catch(() => patternCache.delete(key));
  return pattern;
}

/**
 * The pattern of a group, year and breakdowns as of the latest release: each release that added
 * months of the year decides its new cells in turn, keeping every mark of the release before it.
 * A frozen month never changes, so the same releases give the same pattern in every process and
 * on every replica; only the yes/no per cell ever leaves here.
 */
async function releasedPattern(database: Queryable, group: ProtectionGroup, dimensions: Dimension[], financialYear: string, releases: readonly DisclosureRelease[], reference: ReferenceCatalogue): Promise<SuppressionPattern | undefined> {
  const year = parseFinancialYear(financialYear) as PeriodRange;
  const [first, last] = [year.start.slice(0, 7), year.end.slice(0, 7)];
  const chain: DisclosureRelease[] = [];
  for (const release of releases) {
    if (release.throughMonth < first) continue;
    chain.push(release);
    if (release.throughMonth >= last) break;
  }
  if (chain.length === 0) return undefined;
  const [{ epoch }] = await database.query('SELECT epoch FROM data_version');
  const keyOf = (release: DisclosureRelease) => `${epoch}|${group.whole.id}|${financialYear}|${dimensions.join(',')}|${release.id}`;
  const newest = chain[chain.length - 1];
  const cached = patternCache.get(keyOf(newest));
  if (cached) return cached;
  const leavesOf = async () => {
    const through = newest.throughMonth;
    const whole = await releasedLeaves(database, group.whole, dimensions, year, through, reference);
    const part = group.part ? await releasedLeaves(database, group.part, dimensions, year, through, reference) : undefined;
    return groupLeaves(whole, part);
  };
  const computing = Promise.all([leavesOf(), intervalAuditorReady]).then(async ([leaves]) => {
    // Kept in the database by whichever process computed it first (persisted-patterns.ts).
    const input = groupCubeInput(group, dimensions, financialYear, leaves, newest.throughMonth, reference);
    const key = patternKey(input);
    const stored = await storedProtection(database, newest.id, key);
    const restored = stored && suppressionPatternFrom(input, stored);
    if (restored) return restored;
    let earlier: SuppressionPattern | undefined;
    for (const release of chain) earlier = protectGroup(group, dimensions, financialYear, leaves, release.throughMonth, reference, earlier);
    const protection = protectionOf(earlier as SuppressionPattern);
    if (protection) await storeProtection(database, newest.id, key, protection);
    return earlier as SuppressionPattern;
  });
  return remember(keyOf(newest), computing);
}

/** The views that protect a query's cells, one per count measure it adds up (two for a rate). */
async function viewsFor(database: Queryable, query: FigureQuery, releases: readonly DisclosureRelease[], reference: ReferenceCatalogue): Promise<MeasureView[]> {
  const group = protectionGroupOf(query.measure);
  const pattern = await releasedPattern(database, group, breakdownDimensions(query), financialYearOf(query.from), releases, reference);
  if (!pattern) return [];
  return countMeasuresOf(query.measure).map((count) => ({ pattern, measureCode: measureCodeOf(group, count) }));
}

/**
 * The views that protect a query's breakdowns, from the leaf counts (month × breakdown codes) of
 * its group's measures (the whole; and the part, when the group has one), all of it released.
 */
export function protectionViews(query: FigureQuery, wholeLeaves: LeafCount[], partLeaves: LeafCount[] | undefined, reference: ReferenceCatalogue, releasedThrough = '9999-12'): MeasureView[] {
  const group = protectionGroupOf(query.measure);
  const leaves = groupLeaves(wholeLeaves, group.part ? partLeaves ?? [] : undefined);
  const pattern = protectGroup(group, breakdownDimensions(query), financialYearOf(query.from), leaves, releasedThrough, reference);
  return countMeasuresOf(query.measure).map((count) => ({ pattern, measureCode: measureCodeOf(group, count) }));
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

/**
 * A figure is withheld when any cell it adds up is withheld (else the withheld part could be
 * subtracted out). A cell with a code the measure cannot have is a structural zero: it adds nothing.
 */
function withheld(views: readonly MeasureView[], cells: CellRef[]): boolean {
  return views.some((view) => cells.some((cell) => view.pattern.covers(cell) && view.pattern.isSuppressed(inView(view, cell))));
}

/** Whether every cell of a figure is released (one not yet released is left out of the answer, not shown as [c]). */
function released(views: readonly MeasureView[], cells: CellRef[]): boolean {
  return views.every((view) => cells.every((cell) => !view.pattern.covers(cell) || view.pattern.isReleased(inView(view, cell))));
}

/**
 * Whether a withheld cube cell is one of this query's rows, or one of the cells a row adds up:
 * same time level, same breakdowns, inside its filter (a filter naming several codes of a
 * dimension it does not group by makes each row the sum of those codes' cells).
 */
function isRowOfQuery(query: FigureQuery, dimensions: Dimension[], cell: CellRef): boolean {
  const level = query.granularity === 'MONTH' ? /^\d{4}-\d{2}$/ : query.granularity === 'QUARTER' ? /^Q[1-4]$/ : /^YEAR$/;
  if (!level.test(cell.time)) return false;
  return dimensions.every((dimension) => {
    const code = cell.codes[dimension];
    const filter = query.filter.find((f) => f.dimension === dimension);
    if (query.groupBy.includes(dimension)) return code !== undefined && (!filter || filter.codes.includes(code));
    if (filter) return code !== undefined && filter.codes.includes(code);
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
 * Rows for withheld cells whose count is zero, and for sums of cells one of which is withheld:
 * the figures planner leaves zero rows out, and a missing row would read as a published 0 (and
 * a sum of 0 gives away each of its cells).
 */
function withheldZeroRows(query: FigureQuery, views: readonly MeasureView[], rows: FigureRowData[], reference: ReferenceCatalogue): FigureRowData[] {
  const dimensions = breakdownDimensions(query);
  const present = new Set(rows.map((r) => `${r.period?.start ?? ''}|${r.key.map((k) => k.code).join('|')}`));
  const added = new Map<string, FigureRowData>();
  for (const cell of views.flatMap((view) => view.pattern.suppressedCells().filter((c) => isOfView(view, c) && view.pattern.isReleased(c)))) {
    if (!isRowOfQuery(query, dimensions, cell)) continue;
    const period = periodOfCell(query, cell.time);
    const key = query.groupBy.map((d) => dimensionValue(d, cell.codes[d] === UNKNOWN_WARD && d === 'WARD' ? null : (cell.codes[d] as string), reference));
    const id = `${period?.start ?? ''}|${key.map((k) => k.code).join('|')}`;
    if (!present.has(id) && !added.has(id)) added.set(id, { period, key, value: null, suppressed: true });
  }
  return [...added.values()];
}

/**
 * Disclosure control on a figures answer from the releases: small counts of people, and the cells
 * that would give them away, become `value: null, suppressed: true` for funders and councillors.
 */
export async function discloseFigures(database: Queryable, query: FigureQuery, result: FigureResultData, reference: ReferenceCatalogue, releases: readonly DisclosureRelease[]): Promise<FigureResultData> {
  const views = await viewsFor(database, query, releases, reference);
  if (views.length === 0) return { ...result, rows: [], total: null, suppressed: true };
  return applyDisclosure(query, result, views, reference);
}

/** The answer as a controlled role may see it, under the given views (no database: the rules alone). */
export function applyDisclosure(query: FigureQuery, result: FigureResultData, views: readonly MeasureView[], reference: ReferenceCatalogue): FigureResultData {
  const disclosed = result.rows.flatMap((row) => {
    const cells = componentCells(query, timeNodeOf(query, row), row.key);
    if (!released(views, cells)) return [];
    return [withheld(views, cells) ? { ...row, value: null, suppressed: true } : row];
  });
  const rows = sortRows([...disclosed, ...withheldZeroRows(query, views, result.rows, reference)], query.groupBy, reference);
  // The total adds up every filtered code, grouped or not: a published sum of a withheld and a published row gives the first away.
  const yearCells = componentCells({ ...query, groupBy: [] }, 'YEAR', []);
  const totalWithheld = query.filter.length > 0 && (!released(views, yearCells) || withheld(views, yearCells));
  return { ...result, rows, total: totalWithheld ? null : result.total, suppressed: totalWithheld };
}
