import type { DisclosureCube } from './disclosure-cube';
import { forcedZeros } from './forced-zeros';
import { RowEchelon } from './row-echelon';
import { sparseRow, withoutColumns, type SparseRow } from './sparse-row';

/** Each additive line as an equation over the cells not published: parent − Σ children = published rest. */
function unknownEquations(cube: DisclosureCube, isPublished: (cell: number) => boolean): SparseRow[] {
  const rows: SparseRow[] = [];
  for (const line of cube.lines) {
    const entries: [number, bigint][] = [];
    if (!isPublished(line.parent)) entries.push([line.parent, 1n]);
    for (const child of line.children) if (!isPublished(child)) entries.push([child, -1n]);
    if (entries.length > 0) rows.push(sparseRow(entries));
  }
  return rows;
}

/**
 * Zero cells an attacker can pin to zero by non-negativity. Eliminating the non-zero unknowns
 * first leaves the equations that tie zero cells among themselves.
 */
function pinnedZeros(cube: DisclosureCube, rows: readonly SparseRow[]): Set<number> {
  const echelon = new RowEchelon((col) => cube.values[col] !== 0);
  const amongZeros: SparseRow[] = [];
  for (const row of rows) {
    const left = echelon.add(row);
    if (left) amongZeros.push(left);
  }
  return forcedZeros(amongZeros);
}

/**
 * The target cells whose exact value follows from the published cells, the additive lines and
 * non-negativity. Exact: the set of completions is a polytope; once the zeros it pins are known,
 * it has a point strictly inside every other bound, so a cell is fixed exactly when the equations
 * alone fix it, which exact elimination decides (a reduced row with a single entry).
 */
export function findDeterminedCells(
  cube: DisclosureCube,
  isPublished: (cell: number) => boolean,
  targets: Iterable<number>,
): number[] {
  const wanted = [...targets].filter((cell) => !isPublished(cell));
  if (wanted.length === 0) return [];
  const rows = unknownEquations(cube, isPublished);
  const hasZeros = rows.some((row) => row.cols.some((col) => cube.values[col] === 0));
  const pinned = hasZeros ? pinnedZeros(cube, rows) : new Set<number>();
  const echelon = new RowEchelon();
  for (const row of rows) echelon.add(pinned.size > 0 ? withoutColumns(row, pinned) : row);
  echelon.reduceFully();
  const fixed = new Set([...echelon.fixedColumns(), ...pinned]);
  return wanted.filter((cell) => fixed.has(cell)).sort((a, b) => a - b);
}
