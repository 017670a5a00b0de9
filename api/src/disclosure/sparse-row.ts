/** A row of integer coefficients, columns ascending, no zeros; kept primitive (gcd 1) so numbers stay small. */
export interface SparseRow {
  readonly cols: readonly number[];
  readonly coefs: readonly bigint[];
}

export function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

export function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** From (column, coefficient) pairs in any order; repeated columns add up. */
export function sparseRow(entries: Iterable<readonly [number, bigint]>): SparseRow {
  const byCol = new Map<number, bigint>();
  for (const [col, coef] of entries) byCol.set(col, (byCol.get(col) ?? 0n) + coef);
  const cols = [...byCol.keys()].filter((c) => byCol.get(c) !== 0n).sort((a, b) => a - b);
  return primitive({ cols, coefs: cols.map((c) => byCol.get(c) as bigint) });
}

export function primitive(row: SparseRow): SparseRow {
  let g = 0n;
  for (const coef of row.coefs) {
    g = gcd(g, coef);
    if (g === 1n) return row;
  }
  return g <= 1n ? row : { cols: row.cols, coefs: row.coefs.map((c) => c / g) };
}

export function coefficientAt(row: SparseRow, col: number): bigint {
  let lo = 0;
  let hi = row.cols.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (row.cols[mid] === col) return row.coefs[mid];
    if (row.cols[mid] < col) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0n;
}

/** `row` with `col` cleared by a multiple of `pivotRow`: (p·row − a·pivotRow) / g, made primitive. */
export function eliminate(row: SparseRow, pivotRow: SparseRow, col: number): SparseRow {
  const a = coefficientAt(row, col);
  if (a === 0n) return row;
  const p = coefficientAt(pivotRow, col);
  const g = gcd(a, p);
  const kRow = p / g;
  const kPivot = a / g;
  const cols: number[] = [];
  const coefs: bigint[] = [];
  let i = 0;
  let j = 0;
  while (i < row.cols.length || j < pivotRow.cols.length) {
    const ci = i < row.cols.length ? row.cols[i] : Infinity;
    const cj = j < pivotRow.cols.length ? pivotRow.cols[j] : Infinity;
    let value: bigint;
    let col2: number;
    if (ci < cj) { value = kRow * row.coefs[i++]; col2 = ci; }
    else if (cj < ci) { value = -kPivot * pivotRow.coefs[j++]; col2 = cj; }
    else { value = kRow * row.coefs[i++] - kPivot * pivotRow.coefs[j++]; col2 = ci; }
    if (value !== 0n) { cols.push(col2); coefs.push(value); }
  }
  return primitive({ cols, coefs });
}

/** The same row without the given columns (their values are known, so they move to the right-hand side). */
export function withoutColumns(row: SparseRow, dropped: ReadonlySet<number>): SparseRow {
  const keep = row.cols.map((_, i) => i).filter((i) => !dropped.has(row.cols[i]));
  return primitive({ cols: keep.map((i) => row.cols[i]), coefs: keep.map((i) => row.coefs[i]) });
}
