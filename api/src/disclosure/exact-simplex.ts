import { gcd } from './sparse-row';

/** A rational number num/den with den > 0. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** Equations Σ a_ij x_j = b_i over x ≥ 0, in integers. */
export interface EqualitySystem {
  readonly variables: number;
  readonly rows: readonly { readonly coefs: ReadonlyMap<number, bigint>; readonly rhs: bigint }[];
}

export type LinearProgramResult =
  | { readonly status: 'infeasible' }
  | { readonly status: 'unbounded' }
  | { readonly status: 'optimal'; readonly value: Fraction; readonly solution: Fraction[] };

/**
 * A small exact simplex (two phases, Bland's rule so it cannot cycle). Each tableau row is an
 * integer multiple of its equation, so no fraction is ever formed and rows whose entry in the
 * pivot column is zero are left alone; only signs and ratios are read.
 */
class Tableau {
  /** Columns: the variables, then one artificial per row, then the right-hand side. */
  readonly rows: bigint[][];
  readonly basis: number[];
  objective: bigint[] = [];

  constructor(private readonly system: EqualitySystem) {
    const n = system.variables;
    const m = system.rows.length;
    this.rows = system.rows.map((row, i) => {
      const sign = row.rhs < 0n ? -1n : 1n;
      const dense = new Array<bigint>(n + m + 1).fill(0n);
      for (const [col, coef] of row.coefs) dense[col] += sign * coef;
      dense[n + i] = 1n;
      dense[n + m] = sign * row.rhs;
      return dense;
    });
    this.basis = this.rows.map((_, i) => n + i);
  }

  get rhs(): number {
    return this.system.variables + this.system.rows.length;
  }

  /** Makes column `col` basic in row `r`: every other row (and the objective) loses its entry there. */
  pivot(r: number, col: number): void {
    if (this.rows[r][col] < 0n) this.rows[r] = this.rows[r].map((x) => -x);
    const pivotRow = this.rows[r];
    const update = (row: bigint[]): bigint[] => {
      const a = row[col];
      if (a === 0n) return row;
      const p = pivotRow[col];
      const g = gcd(a, p);
      return primitiveDense(row.map((x, k) => (p / g) * x - (a / g) * pivotRow[k]));
    };
    this.rows.forEach((row, i) => { if (i !== r) this.rows[i] = update(row); });
    this.objective = update(this.objective);
    this.basis[r] = col;
  }

  /** Bland's rule up to optimality over the columns below `limit`; false when unbounded. */
  optimise(limit: number): boolean {
    for (;;) {
      let entering = -1;
      for (let j = 0; j < limit; j++) if (this.objective[j] < 0n) { entering = j; break; }
      if (entering < 0) return true;
      let leaving = -1;
      for (let i = 0; i < this.rows.length; i++) {
        const a = this.rows[i][entering];
        if (a <= 0n) continue;
        if (leaving < 0) { leaving = i; continue; }
        const best = this.rows[leaving];
        // rhs_i / a < rhs_best / a_best, compared without dividing.
        const diff = this.rows[i][this.rhs] * best[entering] - best[this.rhs] * a;
        if (diff < 0n || (diff === 0n && this.basis[i] < this.basis[leaving])) leaving = i;
      }
      if (leaving < 0) return false;
      this.pivot(leaving, entering);
    }
  }

  value(col: number): Fraction {
    const i = this.basis.indexOf(col);
    if (i < 0) return { num: 0n, den: 1n };
    return reduced(this.rows[i][this.rhs], this.rows[i][col]);
  }
}

function primitiveDense(row: bigint[]): bigint[] {
  let g = 0n;
  for (const x of row) {
    g = gcd(g, x);
    if (g === 1n) return row;
  }
  return g <= 1n ? row : row.map((x) => x / g);
}

function reduced(num: bigint, den: bigint): Fraction {
  const g = gcd(num, den) || 1n;
  const sign = den < 0n ? -1n : 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** Phase 1: a basic feasible solution without artificials, or null when the equations have none with x ≥ 0. */
function feasibleTableau(system: EqualitySystem): Tableau | null {
  const t = new Tableau(system);
  const n = system.variables;
  // Maximise −Σ artificials: the objective row starts as −Σ rows over the real columns.
  t.objective = new Array<bigint>(t.rhs + 1).fill(0n);
  for (const row of t.rows) for (let k = 0; k <= t.rhs; k++) if (k < n || k === t.rhs) t.objective[k] -= row[k];
  t.optimise(t.rhs);
  if (t.objective[t.rhs] !== 0n) return null;
  // Artificials left in the basis sit at zero: swap in any real column, or the row was redundant.
  for (let i = t.rows.length - 1; i >= 0; i--) {
    if (t.basis[i] < n) continue;
    const col = t.rows[i].findIndex((x, k) => k < n && x !== 0n);
    if (col >= 0) t.pivot(i, col);
    else { t.rows.splice(i, 1); t.basis.splice(i, 1); }
  }
  return t;
}

/** Whether Σ a_ij x_j = b_i has a solution with x ≥ 0, and one such vertex. */
export function findNonNegativeSolution(system: EqualitySystem): Fraction[] | null {
  const t = feasibleTableau(system);
  if (!t) return null;
  return Array.from({ length: system.variables }, (_, j) => t.value(j));
}

/** max Σ c_j x_j subject to the equations and x ≥ 0, exactly. */
export function maximise(system: EqualitySystem, objective: ReadonlyMap<number, bigint>): LinearProgramResult {
  const t = feasibleTableau(system);
  if (!t) return { status: 'infeasible' };
  const n = system.variables;
  // Reduced costs: start from −c with an extra "scale" entry, then clear the basic columns.
  const row = new Array<bigint>(t.rhs + 2).fill(0n);
  for (const [col, coef] of objective) row[col] -= coef;
  row[t.rhs + 1] = 1n;
  t.objective = row;
  t.rows.forEach((r) => r.push(0n));
  t.basis.forEach((col, i) => {
    const a = t.objective[col];
    if (a === 0n) return;
    const p = t.rows[i][col];
    const g = gcd(a, p);
    t.objective = primitiveDense(t.objective.map((x, k) => (p / g) * x - (a / g) * t.rows[i][k]));
  });
  if (!t.optimise(n)) return { status: 'unbounded' };
  const value = reduced(t.objective[t.rhs], t.objective[t.rhs + 1]);
  return { status: 'optimal', value, solution: Array.from({ length: n }, (_, j) => t.value(j)) };
}
