import type { AdditiveLine, DisclosureCube } from './disclosure-cube';
import { PUBLISHED, SECONDARY, type SuppressionMarks } from './primary-suppression';

/**
 * Preference for a complement, smallest first: a non-zero child, then a non-zero parent, then
 * zeros (an attacker can often pin a withheld zero by non-negativity, so it protects least);
 * smaller values before larger, and cube order last so that the choice is deterministic.
 */
function complementRank(cube: DisclosureCube, line: AdditiveLine, cell: number): [number, number, number, number] {
  const value = cube.values[cell];
  return [value === 0 ? 1 : 0, cell === line.parent ? 1 : 0, value, cell];
}

function isBefore(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

/** The cell to withhold beside a line's only withheld cell; undefined when every other member is a borough figure. */
function chooseComplement(cube: DisclosureCube, line: AdditiveLine, marks: SuppressionMarks): number | undefined {
  let best: number | undefined;
  let bestRank: number[] = [];
  for (const cell of [line.parent, ...line.children]) {
    if (marks[cell] !== PUBLISHED || cube.isBorough(cell)) continue;
    const rank = complementRank(cube, line, cell);
    if (best === undefined || isBefore(rank, bestRank)) { best = cell; bestRank = rank; }
  }
  return best;
}

/**
 * Secondary suppression to a fixed point: no additive line (a parent and its children along one
 * axis) may have exactly one withheld cell, or subtracting the others from the total would give
 * it back. Lines are visited in cube order, again and again, until a pass changes nothing.
 */
export function enforceNoLoneSuppression(cube: DisclosureCube, marks: SuppressionMarks): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const line of cube.lines) {
      let withheld = marks[line.parent] !== PUBLISHED ? 1 : 0;
      for (const child of line.children) if (marks[child] !== PUBLISHED) withheld++;
      if (withheld !== 1) continue;
      const complement = chooseComplement(cube, line, marks);
      if (complement === undefined) continue;
      marks[complement] = SECONDARY;
      changed = true;
    }
  }
}
