import { DIMENSIONS } from '../datasets/dataset-catalogue';
import type { CellRef } from './disclosure-types';

/** A stable text key for a cell, whatever order its codes were written in: '2012-04|STRAND=fgm|WARD=E05000416'. */
export function cellKey(cell: CellRef): string {
  const parts = [cell.time];
  for (const dimension of DIMENSIONS) {
    const code = cell.codes[dimension];
    if (code !== undefined) parts.push(`${dimension}=${code}`);
  }
  return parts.join('|');
}
