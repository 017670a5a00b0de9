import { abs, eliminate, type SparseRow } from './sparse-row';

/**
 * Exact Gaussian elimination over the rationals (rows kept as primitive integer vectors), one row
 * at a time. Pivot rows are stored in the order they were found; each is reduced by the earlier
 * ones, so a new row is cleared of pivot columns by taking them earliest first.
 */
export class RowEchelon {
  private readonly rows: SparseRow[] = [];
  private readonly pivots: number[] = [];
  private readonly positionOfPivot = new Map<number, number>();

  /** `canPivot` restricts which columns may lead a row, e.g. to eliminate some unknowns before others. */
  constructor(private readonly canPivot: (col: number) => boolean = () => true) {}

  get rank(): number {
    return this.rows.length;
  }

  /**
   * Reduces the row by the pivot rows so far. Returns null when it was kept as a pivot row or
   * reduced to nothing; returns what is left when none of its columns may pivot.
   */
  add(row: SparseRow): SparseRow | null {
    let current = this.reduce(row);
    if (current.cols.length === 0) return null;
    const pivot = this.choosePivot(current);
    if (pivot === undefined) return current;
    this.positionOfPivot.set(pivot, this.rows.length);
    this.rows.push(current);
    this.pivots.push(pivot);
    return null;
  }

  /** Gauss–Jordan: clears each pivot column from every other pivot row (reduced row echelon form). */
  reduceFully(): void {
    for (let i = this.rows.length - 1; i >= 0; i--) {
      let row = this.rows[i];
      for (const col of [...row.cols]) {
        const position = this.positionOfPivot.get(col);
        if (position !== undefined && position > i) row = eliminate(row, this.rows[position], col);
      }
      this.rows[i] = row;
    }
  }

  /** After reduceFully: the columns whose value the equations fix on their own (a pivot row with one entry). */
  fixedColumns(): number[] {
    return this.rows.filter((row) => row.cols.length === 1).map((row) => row.cols[0]);
  }

  private reduce(row: SparseRow): SparseRow {
    let current = row;
    for (;;) {
      let earliest = -1;
      let earliestCol = -1;
      for (const col of current.cols) {
        const position = this.positionOfPivot.get(col);
        if (position !== undefined && (earliest < 0 || position < earliest)) { earliest = position; earliestCol = col; }
      }
      if (earliest < 0) return current;
      current = eliminate(current, this.rows[earliest], earliestCol);
    }
  }

  /** A unit coefficient keeps later rows integral without scaling; otherwise the first allowed column. */
  private choosePivot(row: SparseRow): number | undefined {
    let fallback: number | undefined;
    for (let i = 0; i < row.cols.length; i++) {
      if (!this.canPivot(row.cols[i])) continue;
      if (abs(row.coefs[i]) === 1n) return row.cols[i];
      fallback ??= row.cols[i];
    }
    return fallback;
  }
}
