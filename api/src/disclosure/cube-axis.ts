import type { CubeDimension } from './disclosure-types';

/**
 * One hierarchy of the cube as a small tree of nodes numbered from 0 (the root): the financial
 * year's time tree, or a breakdown dimension's "all" over its codes.
 */
export interface CubeAxis {
  readonly name: 'TIME' | CubeDimension;
  /** Node labels: 'YEAR', 'Q1'.., 'YYYY-MM' for time; '' (all) then the codes for a dimension. */
  readonly labels: readonly string[];
  readonly parent: readonly number[];
  readonly children: readonly (readonly number[])[];
  /** The finest nodes, in order. */
  readonly leaves: readonly number[];
  readonly leavesUnder: readonly (readonly number[])[];
  /** Each node followed by its ancestors up to the root. */
  readonly pathToRoot: readonly (readonly number[])[];
  readonly nodeOf: ReadonlyMap<string, number>;
}

export const ROOT = 0;
export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;

function axis(name: CubeAxis['name'], labels: string[], parent: number[]): CubeAxis {
  const children: number[][] = labels.map(() => []);
  parent.forEach((p, node) => { if (p >= 0) children[p].push(node); });
  const pathToRoot = labels.map((_, node) => {
    const path = [node];
    while (parent[path[path.length - 1]] >= 0) path.push(parent[path[path.length - 1]]);
    return path;
  });
  const leaves = labels.map((_, node) => node).filter((node) => children[node].length === 0);
  const leavesUnder = labels.map((_, node) => leaves.filter((leaf) => pathToRoot[leaf].includes(node)));
  return { name, labels, parent, children, leaves, leavesUnder, pathToRoot, nodeOf: new Map(labels.map((l, i) => [l, i])) };
}

/** The twelve months 'YYYY-MM' of the financial year starting in April of `startYear`. */
export function monthsOfFinancialYear(startYear: number): string[] {
  return Array.from({ length: 12 }, (_, k) => {
    const month = ((k + 3) % 12) + 1;
    const year = k < 9 ? startYear : startYear + 1;
    return `${year}-${String(month).padStart(2, '0')}`;
  });
}

/** YEAR → Q1..Q4 → months, Q1 being April to June. */
export function timeAxis(startYear: number): CubeAxis {
  const months = monthsOfFinancialYear(startYear);
  const labels = ['YEAR', ...QUARTERS, ...months];
  const parent = [-1, 0, 0, 0, 0, ...months.map((_, k) => 1 + Math.floor(k / 3))];
  return axis('TIME', labels, parent);
}

/** "All" over the codes, sorted so that the order the caller lists them in cannot change the pattern. */
export function dimensionAxis(dimension: CubeDimension, codes: readonly string[]): CubeAxis {
  const sorted = [...codes].sort();
  return axis(dimension, ['', ...sorted], [-1, ...sorted.map(() => 0)]);
}
