import { ROOT, type CubeAxis } from './cube-axis';
import type { DisclosureCube } from './disclosure-cube';
import { PUBLISHED, type SuppressionMarks } from './primary-suppression';
import { canWithhold } from './secondary-suppression';

export interface WitnessOptions {
  /** Cells an earlier release decided: a box may not withhold them. */
  readonly isFixed?: (cell: number) => boolean;
  /** Only boxes that withhold at least this many more cells (1: a box not already in place). */
  readonly minAdded?: number;
}

/**
 * How a witness moves along one axis: one leaf (every node above it changes with it) or the
 * difference of two leaves, +1 on a leaf under the protected cell's node and −1 on a leaf outside
 * it (only nodes below their common ancestor change).
 */
interface AxisMove {
  readonly nodes: readonly (readonly [node: number, sign: number])[];
  readonly leaves: readonly (readonly [node: number, sign: number])[];
  readonly isDifference: boolean;
}

function singleMoves(axis: CubeAxis, node: number): AxisMove[] {
  return axis.leavesUnder[node].map((leaf) => ({
    nodes: axis.pathToRoot[leaf].map((n) => [n, 1] as const),
    leaves: [[leaf, 1]],
    isDifference: false,
  }));
}

function differenceMoves(axis: CubeAxis, node: number): AxisMove[] {
  if (node === ROOT) return [];
  const inside = axis.leavesUnder[node];
  const outside = axis.leaves.filter((leaf) => !inside.includes(leaf));
  return inside.flatMap((plus) => outside.map((minus) => {
    const plusPath = axis.pathToRoot[plus];
    const minusPath = axis.pathToRoot[minus];
    return {
      nodes: [
        ...plusPath.filter((n) => !minusPath.includes(n)).map((n) => [n, 1] as const),
        ...minusPath.filter((n) => !plusPath.includes(n)).map((n) => [n, -1] as const),
      ],
      leaves: [[plus, 1], [minus, -1]],
      isDifference: true,
    };
  }));
}

/** Every signed combination of one entry per axis, as (cell index, sign). */
function product(cube: DisclosureCube, perAxis: readonly (readonly (readonly [number, number])[])[]): [number, number][] {
  let cells: [number, number][] = [[0, 1]];
  perAxis.forEach((entries, a) => {
    const step = cube.stride(a);
    cells = cells.flatMap(([index, sign]) => entries.map(([node, s]) => [index + node * step, sign * s] as [number, number]));
  });
  return cells;
}

/**
 * A zero leaf can only go up: the move is feasible one way or the other when all zero leaves share
 * a sign. A structural zero cannot move at all.
 */
function isFeasible(cube: DisclosureCube, leaves: readonly [number, number][]): boolean {
  let zeroSign = 0;
  for (const [cell, sign] of leaves) {
    if (cube.structural[cell]) return false;
    if (cube.values[cell] !== 0) continue;
    if (zeroSign !== 0 && zeroSign !== sign) return false;
    zeroSign = sign;
  }
  return true;
}

/**
 * The cheapest "box" that keeps a primary cell from being worked out: a change of ±1 to a few
 * leaf counts that leaves every published figure as it is, moves the cell, and keeps every count
 * non-negative (so it is a whole-number alternative an attacker cannot rule out). Returns the
 * published cells the box needs withheld (fewest, then smallest total, then first in a fixed
 * enumeration), or null when no box exists: a cell equal to a borough figure, e.g. along a
 * dimension with a single code.
 */
export function cheapestWitness(cube: DisclosureCube, marks: SuppressionMarks, cell: number, witness: WitnessOptions = {}): number[] | null {
  const isFixed = witness.isFixed ?? (() => false);
  const minAdded = witness.minAdded ?? 0;
  // Borough figures stay put only if an axis of the records (not MEASURE) takes a difference.
  const recordAxes = cube.axes.map((axis, a) => a > 0 && axis.name !== 'MEASURE');
  const coordinates = cube.coordinates(cell);
  const options = cube.axes.map((axis, a) => [...singleMoves(axis, coordinates[a]), ...differenceMoves(axis, coordinates[a])]);
  let best: number[] | null = null;
  let bestCost = [Infinity, Infinity];
  const chosen: AxisMove[] = [];
  const visit = (a: number): void => {
    if (bestCost[0] === minAdded && bestCost[1] === 0) return; // nothing beats a box that is already withheld
    if (a === options.length) {
      if (!chosen.some((move, axis) => recordAxes[axis] && move.isDifference)) return;
      if (!isFeasible(cube, product(cube, chosen.map((m) => m.leaves)))) return;
      const added = product(cube, chosen.map((m) => m.nodes)).map(([c]) => c).filter((c) => marks[c] === PUBLISHED);
      if (added.length < minAdded || added.some((c) => !canWithhold(cube, c, isFixed))) return;
      const cost = [added.length, added.reduce((sum, c) => sum + cube.values[c], 0)];
      if (cost[0] < bestCost[0] || (cost[0] === bestCost[0] && cost[1] < bestCost[1])) {
        best = added.sort((x, y) => x - y);
        bestCost = cost;
      }
      return;
    }
    for (const move of options[a]) {
      chosen.push(move);
      visit(a + 1);
      chosen.pop();
    }
  };
  visit(0);
  return best;
}
