import type { AdditiveLine, DisclosureCube } from './disclosure-cube';
import { needsNoCover, PUBLISHED, SECONDARY, type SuppressionMarks } from './primary-suppression';

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

/** Whether a published cell may still be withheld: not a borough figure or a structural zero (both known), not kept from an earlier release. */
export function canWithhold(cube: DisclosureCube, cell: number, isFixed: (cell: number) => boolean): boolean {
  return !cube.isBorough(cell) && !cube.structural[cell] && !isFixed(cell);
}

/** The cell to withhold beside a line's only withheld cell; undefined when no other member may be withheld. */
function chooseComplement(cube: DisclosureCube, line: AdditiveLine, marks: SuppressionMarks, isFixed: (cell: number) => boolean): number | undefined {
  let best: number | undefined;
  let bestRank: number[] = [];
  for (const cell of [line.parent, ...line.children]) {
    if (marks[cell] !== PUBLISHED || !canWithhold(cube, cell, isFixed)) continue;
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
export function enforceNoLoneSuppression(cube: DisclosureCube, marks: SuppressionMarks, isFixed: (cell: number) => boolean = () => false): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const line of cube.lines) {
      let withheld = marks[line.parent] !== PUBLISHED ? 1 : 0;
      let lone = line.parent;
      for (const child of line.children) if (marks[child] !== PUBLISHED) { withheld++; lone = child; }
      // A lone remainder or unreleased period gives away nothing that is not published already.
      if (withheld !== 1 || needsNoCover(marks[lone])) continue;
      const complement = chooseComplement(cube, line, marks, isFixed);
      if (complement === undefined) continue;
      marks[complement] = SECONDARY;
      changed = true;
    }
  }
}
