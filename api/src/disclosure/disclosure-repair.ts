import { findDeterminedCells } from './disclosure-auditor';
import { DEFAULT_THRESHOLD } from './disclosure-policy';
import type { DisclosureCube } from './disclosure-cube';
import { narrowedCells } from './interval-auditor';
import { PUBLISHED, SECONDARY, type SuppressionMarks } from './primary-suppression';
import { cheapestWitness } from './protection-witness';
import { enforceNoLoneSuppression } from './secondary-suppression';

export interface RepairOptions {
  readonly thresholdOf: (cell: number) => number;
  /** Cells an earlier release decided: never withheld now. */
  readonly isFixed?: (cell: number) => boolean;
}

/** Withholds a box for each cell; whether any cell was added. */
function withholdBoxes(cube: DisclosureCube, marks: SuppressionMarks, cells: readonly number[], isFixed: (cell: number) => boolean, minAdded: number): boolean {
  let added = false;
  for (const cell of cells) {
    for (const extra of cheapestWitness(cube, marks, cell, { isFixed, minAdded }) ?? []) {
      marks[extra] = SECONDARY;
      added = true;
    }
  }
  return added;
}

/**
 * Audit and repair: "two withheld cells per line" is not always enough, as lines combine. While
 * the exact auditor finds a primary cell that the published cells fix, withhold the cheapest box
 * that moves it (boxes never leave a line with a lone withheld cell; the line rule runs again
 * anyway). Then, while a primary cell's range is narrowed inside 1..threshold − 1, withhold one
 * more box for it. Returns the primary cells still fixed or narrowed: those no box can free,
 * because the borough figures (always published) or an earlier release give them away.
 */
export function repairUntilProtected(cube: DisclosureCube, marks: SuppressionMarks, primaries: readonly number[], options: RepairOptions = { thresholdOf: () => DEFAULT_THRESHOLD }): number[] {
  const isFixed = options.isFixed ?? (() => false);
  const isPublished = (cell: number) => marks[cell] === PUBLISHED;
  const certified = new Set<number>();
  for (;;) {
    const determined = findDeterminedCells(cube, isPublished, primaries);
    if (withholdBoxes(cube, marks, determined, isFixed, 0)) { enforceNoLoneSuppression(cube, marks, isFixed); continue; }
    const open = primaries.filter((cell) => !determined.includes(cell));
    const narrowed = narrowedCells(cube, isPublished, open, options.thresholdOf, certified);
    if (!withholdBoxes(cube, marks, narrowed, isFixed, 1)) return [...determined, ...narrowed].sort((a, b) => a - b);
    enforceNoLoneSuppression(cube, marks, isFixed);
  }
}
