import highsLoader, { type Highs } from 'highs';
import type { DisclosureCube } from './disclosure-cube';

let solver: Highs | undefined;

/** HiGHS (an LP solver, as WebAssembly) loads once per process; patterns are computed after it is ready. */
export const intervalAuditorReady: Promise<void> = highsLoader().then((loaded) => { solver = loaded; });

/** Slack for the solver's floating point: bounds are whole numbers, so this cannot hide a real gap. */
const TOLERANCE = 1e-6;
/** Neighbourhood sizes tried before the whole system. */
const LOCAL_LIMITS = [24, 160];
/** Equations below which the whole system is as cheap as a neighbourhood. */
const SMALL_SYSTEM = 400;

interface Equation {
  readonly terms: readonly (readonly [cell: number, coef: number])[];
  readonly rhs: number;
}

/** Each additive line over the unpublished cells, the published members moved to the right-hand side. */
function unknownEquations(cube: DisclosureCube, isPublished: (cell: number) => boolean): Equation[] {
  const equations: Equation[] = [];
  for (const line of cube.lines) {
    const terms: [number, number][] = [];
    let rhs = 0;
    for (const [cell, coef] of [[line.parent, 1], ...line.children.map((c) => [c, -1])]) {
      if (isPublished(cell)) rhs -= coef * cube.values[cell];
      else terms.push([cell, coef]);
    }
    if (terms.length > 0) equations.push({ terms, rhs });
  }
  return equations;
}

/** For each unknown cell, the equations it appears in. */
function equationsByCell(equations: readonly Equation[]): Map<number, Equation[]> {
  const byCell = new Map<number, Equation[]>();
  for (const equation of equations) {
    for (const [cell] of equation.terms) {
      if (!byCell.has(cell)) byCell.set(cell, []);
      (byCell.get(cell) as Equation[]).push(equation);
    }
  }
  return byCell;
}

/**
 * The unknown cells near `cell` (breadth first through shared lines, up to `limit`), and every
 * equation touching them with the other unknowns held at their true values. Its solutions are
 * solutions of the whole system, so a range it reaches, the whole system reaches too.
 */
function localSystem(cell: number, byCell: ReadonlyMap<number, Equation[]>, values: Float64Array, limit: number): Equation[] {
  const near = new Set([cell]);
  for (const current of near) {
    if (near.size >= limit) break;
    for (const equation of byCell.get(current) ?? []) for (const [other] of equation.terms) if (near.size < limit) near.add(other);
  }
  const touching = new Set<Equation>();
  for (const member of near) for (const equation of byCell.get(member) ?? []) touching.add(equation);
  return [...touching].map(({ terms, rhs }) => {
    const kept = terms.filter(([c]) => near.has(c));
    const held = terms.filter(([c]) => !near.has(c)).reduce((sum, [c, coef]) => sum + coef * values[c], 0);
    return { terms: kept, rhs: rhs - held };
  }).filter((equation) => equation.terms.length > 0);
}

function lpText(sense: 'Maximize' | 'Minimize', objective: readonly (readonly [cell: number, coef: number])[], equations: readonly Equation[]): string {
  const term = ([c, coef]: readonly [number, number]) => `${coef < 0 ? '-' : '+'} ${Math.abs(coef)} x${c}`;
  const rows = equations.map(({ terms, rhs }, i) => ` c${i}: ${terms.map(term).join(' ')} = ${rhs}`);
  return `${sense}\n obj: ${objective.map(term).join(' ')}\nSubject To\n${rows.join('\n')}\nEnd\n`;
}

type Solution = { bound: number; values: ReadonlyMap<number, number> };

/** The optimum of the objective over the equations and non-negativity, and the point that reaches it. */
function optimise(sense: 'Maximize' | 'Minimize', objective: readonly (readonly [number, number])[], equations: readonly Equation[]): Solution {
  if (!solver) throw new Error('The interval auditor is not loaded yet: await intervalAuditorReady first');
  const result = solver.solve(lpText(sense, objective, equations), { output_flag: false });
  if (result.Status === 'Unbounded') return { bound: sense === 'Maximize' ? Infinity : -Infinity, values: new Map() };
  if (result.Status !== 'Optimal') throw new Error(`The published figures should bound every withheld cell, but the LP was ${result.Status}`);
  const values = new Map(Object.entries(result.Columns).map(([name, column]) => [Number(name.slice(1)), (column as { Primal: number }).Primal]));
  return { bound: result.ObjectiveValue, values };
}

/**
 * Interval protection: the withheld target cells whose range, as the published figures, the
 * additive lines and non-negativity allow it, lies inside 1..threshold − 1, so an attacker learns
 * "a small number" even without the exact value. A protected cell's range reaches 0 or its threshold.
 *
 * Any completion of the published figures with a cell at 0 (or at its threshold) proves that cell
 * protected, so a few LPs over all of them (push them all down, then all up) settle most cells at
 * once; each cell left gets its own LP, on a neighbourhood first. `certified` carries proofs from
 * one call to the next: withholding more only widens every range.
 */
export function narrowedCells(
  cube: DisclosureCube,
  isPublished: (cell: number) => boolean,
  targets: Iterable<number>,
  thresholdOf: (cell: number) => number,
  certified: Set<number> = new Set(),
): number[] {
  const open = new Set([...targets].filter((cell) => !isPublished(cell) && !certified.has(cell)));
  if (open.size === 0) return [];
  const equations = unknownEquations(cube, isPublished);
  const byCell = equationsByCell(equations);
  const settle = (values: ReadonlyMap<number, number>) => {
    let settled = 0;
    for (const cell of open) {
      const value = values.get(cell);
      if (value === undefined || value <= TOLERANCE || value >= thresholdOf(cell) - TOLERANCE) { certified.add(cell); open.delete(cell); settled++; }
    }
    return settled;
  };
  for (const cell of open) if (!byCell.has(cell)) { certified.add(cell); open.delete(cell); } // in no line: unbounded
  for (const sense of ['Minimize', 'Maximize'] as const) {
    while (open.size > 0) {
      const objective = [...open].map((cell) => [cell, sense === 'Minimize' ? 1 : Math.max(1, Math.round(100 / thresholdOf(cell)))] as const);
      const { bound, values } = optimise(sense, objective, equations);
      if (bound === Infinity) break; // some cell is unbounded above: the per-cell LPs say which
      // Once a round settles few, an LP per cell on its neighbourhood is cheaper than another round over all.
      if (settle(values) * 10 < objective.length) break;
    }
  }
  const reaches = (cell: number, system: readonly Equation[]) =>
    optimise('Maximize', [[cell, 1]], system).bound >= thresholdOf(cell) - TOLERANCE || optimise('Minimize', [[cell, 1]], system).bound <= TOLERANCE;
  // A small system is solved whole at once; neighbourhoods pay off only on large ones.
  const limits = equations.length > SMALL_SYSTEM ? LOCAL_LIMITS : [];
  return [...open].filter((cell) => {
    for (const limit of limits) if (reaches(cell, localSystem(cell, byCell, cube.values, limit))) { certified.add(cell); return false; }
    if (reaches(cell, equations)) { certified.add(cell); return false; }
    return true;
  }).sort((a, b) => a - b);
}
