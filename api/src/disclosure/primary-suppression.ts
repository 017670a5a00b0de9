import type { DisclosureCube } from './disclosure-cube';

/** What happened to each cell, indexed like the cube. */
export const PUBLISHED = 0;
export const PRIMARY = 1;
export const SECONDARY = 2;
export type SuppressionMarks = Uint8Array;

/**
 * Marks every cell with a breakdown whose count is from 1 to its threshold − 1. Borough figures
 * (no breakdown) are always published, and a zero reveals no one, so neither is marked.
 */
export function markPrimarySuppressions(cube: DisclosureCube, thresholdOf: (cell: number) => number): SuppressionMarks {
  const marks = new Uint8Array(cube.size);
  for (let cell = 0; cell < cube.size; cell++) {
    if (cube.isBorough(cell)) continue;
    const value = cube.values[cell];
    if (value >= 1 && value < thresholdOf(cell)) marks[cell] = PRIMARY;
  }
  return marks;
}
