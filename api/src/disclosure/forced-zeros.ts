import { findNonNegativeSolution } from './exact-simplex';
import { withoutColumns, type SparseRow } from './sparse-row';

/** Every coefficient of one sign: with u ≥ 0 and the row summing to 0, each of its cells must be 0. */
function isOneSigned(row: SparseRow): boolean {
  return row.coefs.every((c) => c > 0n) || row.coefs.every((c) => c < 0n);
}

/** Drops known zeros from the rows and applies the one-sign rule until nothing changes. */
function propagate(rows: readonly SparseRow[], forced: Set<number>): SparseRow[] {
  let active = [...rows];
  for (let changed = true; changed;) {
    changed = false;
    const next: SparseRow[] = [];
    for (const row of active) {
      const rest = withoutColumns(row, forced);
      if (rest.cols.length === 0) continue;
      if (isOneSigned(rest)) { rest.cols.forEach((c) => forced.add(c)); changed = true; }
      else next.push(rest);
    }
    active = next;
  }
  return active;
}

/** A non-negative u with every row summing to 0 and u[col] = 1, or null when col must stay 0. */
function raise(rows: readonly SparseRow[], cols: readonly number[], col: number): number[] | null {
  const position = new Map(cols.map((c, i) => [c, i]));
  const equations = rows.map((row) => ({
    coefs: new Map(row.cols.map((c, k) => [position.get(c) as number, row.coefs[k]])),
    rhs: 0n,
  }));
  equations.push({ coefs: new Map([[position.get(col) as number, 1n]]), rhs: 1n });
  const solution = findNonNegativeSolution({ variables: cols.length, rows: equations });
  return solution && cols.filter((_, i) => solution[i].num > 0n);
}

/**
 * The withheld zero cells that are zero in every non-negative completion of the published
 * figures, so an attacker knows them as well as a published zero.
 *
 * `rows` are the equations left once the withheld non-zero cells are eliminated: they involve
 * zero cells only, and a feasible change u must keep each row at 0 with u ≥ 0 (a zero cannot go
 * down). The one-sign rule settles most rows; an exact LP decides each remaining cell.
 */
export function forcedZeros(rows: readonly SparseRow[]): Set<number> {
  const forced = new Set<number>();
  const free = new Set<number>();
  let active = propagate(rows, forced);
  for (;;) {
    const cols = [...new Set(active.flatMap((row) => row.cols))].sort((a, b) => a - b);
    const open = cols.find((c) => !free.has(c));
    if (open === undefined) return forced;
    const raised = raise(active, cols, open);
    if (raised) raised.forEach((c) => free.add(c));
    else {
      forced.add(open);
      active = propagate(active, forced);
    }
  }
}
