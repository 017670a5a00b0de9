import type { DisclosureCube } from './disclosure-cube';

/** What happened to each cell, indexed like the cube. */
export const PUBLISHED = 0;
export const PRIMARY = 1;
export const SECONDARY = 2;
/** Not a figure of its own (a measure's remainder beside its subset): never published, known only through its sums. */
export const HIDDEN = 3;
/** A period not wholly released yet: not published, nothing to protect. */
export const UNRELEASED = 4;
export type SuppressionMarks = Uint8Array;

/** Marks that stand for cells an attacker does not read, but which need no protection of their own. */
export function needsNoCover(mark: number): boolean {
  return mark === HIDDEN || mark === UNRELEASED;
}

export interface PrimaryOptions {
  /** Cells that are not figures of their own (HIDDEN unless small). */
  readonly isHidden?: (cell: number) => boolean;
  /** Marks decided by an earlier release, which this one keeps (undefined: a cell new to this release). */
  readonly earlierMark?: (cell: number) => number | undefined;
}

/**
 * Marks every cell with a breakdown whose count is from 1 to its threshold − 1. Borough figures
 * (no breakdown) are always published, and a zero reveals no one, so neither is marked; nor is a
 * structural zero, which everyone knows. Periods not released are UNRELEASED; cells an earlier
 * release decided keep its mark, so what was published stays published and what was withheld stays withheld.
 */
export function markPrimarySuppressions(cube: DisclosureCube, thresholdOf: (cell: number) => number, options: PrimaryOptions = {}): SuppressionMarks {
  const marks = new Uint8Array(cube.size);
  for (let cell = 0; cell < cube.size; cell++) {
    if (!cube.released[cell]) { marks[cell] = UNRELEASED; continue; }
    const earlier = options.earlierMark?.(cell);
    if (earlier !== undefined) { marks[cell] = earlier; continue; }
    if (cube.isBorough(cell) || cube.structural[cell]) continue;
    const value = cube.values[cell];
    if (value >= 1 && value < thresholdOf(cell)) marks[cell] = PRIMARY;
    else if (options.isHidden?.(cell)) marks[cell] = HIDDEN;
  }
  return marks;
}
