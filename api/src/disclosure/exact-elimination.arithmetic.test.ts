import { RowEchelon } from './row-echelon';
import { abs, coefficientAt, eliminate, gcd, primitive, sparseRow, withoutColumns, type SparseRow } from './sparse-row';

const row = (coefs: Record<number, number>) => sparseRow(Object.entries(coefs).map(([c, v]) => [Number(c), BigInt(v)] as const));
const plain = (r: SparseRow | null) => (r ? Object.fromEntries(r.cols.map((c, i) => [c, Number(r.coefs[i])])) : null);

describe('sparse rows: exact integer arithmetic for the auditor', () => {
  it('takes absolute values and greatest common divisors of either sign', () => {
    expect([abs(-3n), abs(0n), abs(4n)]).toEqual([3n, 0n, 4n]);
    expect([gcd(12n, 18n), gcd(-12n, 18n), gcd(12n, -18n), gcd(0n, 5n), gcd(7n, 0n), gcd(0n, 0n)]).toEqual([6n, 6n, 6n, 5n, 7n, 0n]);
  });

  it('builds a row in column order, adding repeated columns and dropping zeros, divided by its gcd', () => {
    const built = sparseRow([[5, 4n], [2, -6n], [5, 2n], [9, 3n], [9, -3n]]);
    expect(built).toEqual({ cols: [2, 5], coefs: [-1n, 1n] });
    expect(row({ 3: 2, 1: 4 })).toEqual({ cols: [1, 3], coefs: [2n, 1n] });
    expect(row({ 1: 3, 2: 5 })).toEqual({ cols: [1, 2], coefs: [3n, 5n] });
  });

  it('keeps an empty row, and a primitive one as it is', () => {
    const empty = { cols: [], coefs: [] };
    expect(primitive(empty)).toBe(empty);
    const already = { cols: [0, 1], coefs: [1n, -4n] };
    expect(primitive(already)).toBe(already);
    expect(primitive({ cols: [0, 1], coefs: [-4n, 6n] })).toEqual({ cols: [0, 1], coefs: [-2n, 3n] });
    expect(primitive({ cols: [4], coefs: [-5n] })).toEqual({ cols: [4], coefs: [-1n] });
  });

  it('finds a coefficient by column, or 0 for a column the row does not have', () => {
    const r = { cols: [1, 4, 6, 9, 12], coefs: [1n, 2n, 3n, 4n, 5n] };
    expect([0, 1, 4, 5, 6, 9, 12, 13].map((c) => coefficientAt(r, c))).toEqual([0n, 1n, 2n, 0n, 3n, 4n, 5n, 0n]);
    expect(coefficientAt({ cols: [], coefs: [] }, 3)).toBe(0n);
  });

  it('eliminates a column with the smallest integer multiples, merging the columns of both rows', () => {
    // 2a + 3b − c  with pivot row  3a + d:  3·row − 2·pivot = 9b − 3c − 2d.
    expect(plain(eliminate(row({ 0: 2, 1: 3, 2: -1 }), row({ 0: 3, 3: 1 }), 0))).toEqual({ 1: 9, 2: -3, 3: -2 });
    // Equal entries cancel: (a + b) − (a − c) = b + c; a column only the pivot has comes in negated.
    expect(plain(eliminate(row({ 0: 1, 1: 1 }), row({ 0: 1, 2: -1 }), 0))).toEqual({ 1: 1, 2: 1 });
    expect(plain(eliminate(row({ 2: 1, 5: 2 }), row({ 0: 1, 2: 1 }), 2))).toEqual({ 0: -1, 5: 2 });
    // The result is made primitive: 2a + 4b with a + c gives 4b − 2c, i.e. 2b − c.
    expect(plain(eliminate(row({ 0: 2, 1: 4 }), row({ 0: 1, 2: 1 }), 0))).toEqual({ 1: 2, 2: -1 });
    const untouched = row({ 1: 1 });
    expect(eliminate(untouched, row({ 0: 1 }), 0)).toBe(untouched);
  });

  it('drops known columns and keeps the rest primitive', () => {
    expect(withoutColumns(row({ 0: 1, 1: 2, 2: 4 }), new Set([0]))).toEqual({ cols: [1, 2], coefs: [1n, 2n] });
    expect(withoutColumns(row({ 0: 1, 1: 2 }), new Set([0, 1]))).toEqual({ cols: [], coefs: [] });
  });
});

describe('RowEchelon: which unknowns the equations fix', () => {
  it('keeps independent rows, drops dependent ones and counts its rank', () => {
    const echelon = new RowEchelon();
    expect(echelon.add(row({ 0: 1, 1: 1 }))).toBeNull();
    expect(echelon.add(row({ 1: 1, 2: -1 }))).toBeNull();
    expect(echelon.add(row({ 0: 2, 1: 1, 2: 1 }))).toBeNull(); // = 2·first − second
    expect(echelon.rank).toBe(2);
    echelon.reduceFully();
    expect(echelon.fixedColumns()).toEqual([]);
  });

  it('fixes a column that the equations together leave alone in one row', () => {
    // a + b, b − c and b: b is fixed on its own, then a and c with it.
    const echelon = new RowEchelon();
    for (const r of [row({ 0: 1, 1: 1 }), row({ 1: 1, 2: -1 }), row({ 1: 1, 3: 1 }), row({ 3: 1 })]) echelon.add(r);
    echelon.reduceFully();
    expect(echelon.fixedColumns().sort((x, y) => x - y)).toEqual([0, 1, 2, 3]);
  });

  it('prefers a unit pivot so rows stay integral, and reduces by the earliest pivot first', () => {
    const echelon = new RowEchelon();
    echelon.add(row({ 0: 2, 1: 1 })); // pivots on column 1 (coefficient 1), not 0
    expect(echelon.add(row({ 1: 1 }))).toBeNull(); // b alone: a is then fixed too
    echelon.reduceFully();
    expect(echelon.fixedColumns().sort((x, y) => x - y)).toEqual([0, 1]);
  });

  it('hands back what is left of a row when none of its columns may pivot', () => {
    const echelon = new RowEchelon((col) => col < 2);
    expect(echelon.add(row({ 0: 1, 2: 1 }))).toBeNull();
    expect(plain(echelon.add(row({ 0: 1, 3: 1 })))).toEqual({ 2: -1, 3: 1 });
    expect(plain(echelon.add(row({ 2: 3, 3: 6 })))).toEqual({ 2: 1, 3: 2 });
    expect(echelon.rank).toBe(1);
  });

  it('falls back to the first allowed column when no coefficient is ±1', () => {
    const echelon = new RowEchelon((col) => col !== 0);
    expect(echelon.add(row({ 0: 3, 1: 2, 2: 5 }))).toBeNull();
    // Column 1 leads: a row in columns 1 and 2 reduces against it to a single column 2.
    expect(echelon.add(row({ 1: 2, 2: 1 }))).toBeNull();
    echelon.reduceFully();
    expect(echelon.fixedColumns()).toEqual([]);
    expect(echelon.add(row({ 0: 1 }))).toEqual({ cols: [0], coefs: [1n] });
  });
});
