/** Builders shared by the disclosure tests: leaf counts, the lattice's queries, and what an attacker sees. */
import { buildDisclosureCube } from './build-disclosure-cube';
import { ROOT, monthsOfFinancialYear } from './cube-axis';
import type { DisclosureCube } from './disclosure-cube';
import { DIMENSIONS } from '../datasets/dataset-catalogue';
import type { CellCodes, CellRef, CubeDimension, LeafCount } from './disclosure-types';
import type { SuppressionPattern, SuppressSmallCellsInput } from './suppress-small-cells';

export const FINANCIAL_YEAR = '2012/13';
export const MONTHS = monthsOfFinancialYear(2012);
export const BISHOPS = 'E05000416';
export const BRIXTON_HILL = 'E05000417';
export const CLAPHAM_COMMON = 'E05000418';

/** The same count in every month of the year, with exceptions by month. */
export function everyMonth(codes: CellCodes, count: number, exceptions: Readonly<Record<string, number>> = {}): LeafCount[] {
  return MONTHS.map((month) => ({ month, codes, count: exceptions[month] ?? count }));
}

export function cube(input: Pick<SuppressSmallCellsInput, 'dimensions' | 'leaves'>): DisclosureCube {
  return buildDisclosureCube(FINANCIAL_YEAR, input.dimensions, input.leaves);
}

/** What the pattern publishes, as a test on cube indices. */
export function publishedBy(pattern: SuppressionPattern, cubeOf: DisclosureCube): (cell: number) => boolean {
  const published = new Set([...Array(cubeOf.size).keys()].filter((cell) => !pattern.isSuppressed(cubeOf.cellRef(cell))));
  return (cell) => published.has(cell);
}

export type TimeLevel = 'YEAR' | 'QUARTER' | 'MONTH';

/** One request a user can make: a table of the lattice at one time level, perhaps for a single code. */
export interface LatticeQuery {
  readonly table: readonly CubeDimension[];
  readonly level: TimeLevel;
  readonly only?: { readonly dimension: CubeDimension; readonly code: string };
}

export function timeLevelOf(cubeOf: DisclosureCube, cell: number): TimeLevel {
  const node = cubeOf.coordinate(cell, 0);
  return node === ROOT ? 'YEAR' : node <= 4 ? 'QUARTER' : 'MONTH';
}

export function inQuery(cubeOf: DisclosureCube, query: LatticeQuery, cell: number): boolean {
  if (timeLevelOf(cubeOf, cell) !== query.level) return false;
  const { codes } = cubeOf.cellRef(cell);
  const coded = Object.keys(codes).sort().join(',');
  if (coded !== [...query.table].sort().join(',')) return false;
  return !query.only || codes[query.only.dimension] === query.only.code;
}

/** Every table × time level, and each of those for a single code of one of its dimensions. */
export function latticeQueries(cubeOf: DisclosureCube): LatticeQuery[] {
  const dimensions = cubeOf.dimensions;
  const tables = Array.from({ length: 1 << dimensions.length }, (_, mask) => dimensions.filter((_, d) => mask & (1 << d)));
  const levels: TimeLevel[] = ['YEAR', 'QUARTER', 'MONTH'];
  return tables.flatMap((table) => levels.flatMap((level) => [
    { table, level },
    ...table.flatMap((dimension) => cubeOf.axes[dimensions.indexOf(dimension) + 1].labels.slice(1).map((code) => ({ table, level, only: { dimension, code } }))),
  ]));
}

/** A stable text key for a cell, whatever order its codes were written in: '2012-04|STRAND=fgm|WARD=E05000416'. */
export function cellKey(cell: CellRef): string {
  const parts = [cell.time];
  for (const dimension of DIMENSIONS) {
    const code = cell.codes[dimension];
    if (code !== undefined) parts.push(`${dimension}=${code}`);
  }
  return parts.join('|');
}
