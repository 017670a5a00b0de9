import { DIMENSIONS } from '../datasets/dataset-catalogue';
import { parseFinancialYear } from '../shared/financial-periods';
import { dimensionAxis, timeAxis, type CubeAxis } from './cube-axis';
import { DisclosureCube } from './disclosure-cube';
import type { BreakdownDimension, CellCodes, CubeDimension, LeafCount } from './disclosure-types';

/** Two breakdowns of the records (and MEASURE, when measures are audited together); more would multiply the cube. */
export const MAX_BREAKDOWN_DIMENSIONS = 2;

/** Catalogue order, MEASURE last. */
const AXIS_ORDER: readonly CubeDimension[] = [...DIMENSIONS, 'MEASURE'];

export interface CubeOptions {
  /** Leaves no record can fall in (a code not valid in that month): zeros everybody knows. */
  readonly isImpossibleLeaf?: (month: string, codes: CellCodes) => boolean;
  /** The last month released ('YYYY-MM'); cells of periods not wholly released by then are not published. */
  readonly releasedThrough?: string;
}

function breakdownAxes(dimensions: readonly BreakdownDimension[]): CubeAxis[] {
  const recordDimensions = dimensions.filter((d) => d.dimension !== 'MEASURE').length;
  if (recordDimensions > MAX_BREAKDOWN_DIMENSIONS) {
    throw new Error(`Disclosure control covers at most ${MAX_BREAKDOWN_DIMENSIONS} breakdown dimensions, not ${recordDimensions}`);
  }
  const seen = new Set<CubeDimension>();
  for (const { dimension, codes } of dimensions) {
    if (!AXIS_ORDER.includes(dimension)) throw new Error(`Unknown breakdown dimension "${dimension}"; expected one of ${AXIS_ORDER.join(', ')}`);
    if (seen.has(dimension)) throw new Error(`Breakdown dimension ${dimension} is listed twice`);
    seen.add(dimension);
    if (codes.length === 0) throw new Error(`Breakdown dimension ${dimension} has no codes; list every code it can take`);
    const duplicate = codes.find((code, i) => codes.indexOf(code) !== i);
    if (duplicate !== undefined) throw new Error(`Breakdown dimension ${dimension} lists code "${duplicate}" twice`);
    if (codes.includes('')) throw new Error(`Breakdown dimension ${dimension} has an empty code`);
  }
  // Catalogue order, so that ['STRAND', 'WARD'] and ['WARD', 'STRAND'] are the same cube.
  return [...dimensions]
    .sort((a, b) => AXIS_ORDER.indexOf(a.dimension) - AXIS_ORDER.indexOf(b.dimension))
    .map(({ dimension, codes }) => dimensionAxis(dimension, codes));
}

/** The leaf's node on every axis, or an error naming the leaf and what is wrong with it. */
function leafCoordinates(axes: readonly CubeAxis[], leaf: LeafCount, position: number): number[] {
  const where = `Leaf count ${position + 1} (${leaf.month})`;
  const month = axes[0].nodeOf.get(leaf.month);
  if (month === undefined || axes[0].children[month].length > 0) {
    throw new Error(`${where}: month must be one of ${axes[0].labels[5]} to ${axes[0].labels[16]}`);
  }
  if (!Number.isInteger(leaf.count) || leaf.count < 0) throw new Error(`${where}: count must be a whole number of at least 0, not ${leaf.count}`);
  const dimensions = axes.slice(1).map((a) => a.name);
  for (const key of Object.keys(leaf.codes)) {
    if (!dimensions.includes(key as CubeDimension)) throw new Error(`${where}: has a ${key} code but the breakdown is ${dimensions.join(' × ') || 'none'}`);
  }
  return [month, ...axes.slice(1).map((axis) => {
    const code = leaf.codes[axis.name as CubeDimension];
    if (code === undefined) throw new Error(`${where}: needs a ${axis.name} code; leaves are the full cross of the breakdowns`);
    const node = axis.nodeOf.get(code);
    if (node === undefined || node === 0) throw new Error(`${where}: ${axis.name} code "${code}" is not in the ${axis.name} code list`);
    return node;
  })];
}

/** Adds `count` to every cell the leaf falls in: each combination of its nodes' ancestors. */
function addToAncestors(cube: DisclosureCube, values: Float64Array | Uint32Array, nodes: readonly number[], count: number): void {
  const visit = (a: number, index: number): void => {
    if (a === cube.axes.length) { values[index] += count; return; }
    for (const node of cube.axes[a].pathToRoot[nodes[a]]) visit(a + 1, index + node * cube.stride(a));
  };
  visit(0, 0);
}

/** Every leaf of the cube as its nodes, one per axis. */
function allLeaves(axes: readonly CubeAxis[]): number[][] {
  return axes.reduce<number[][]>((acc, axis) => acc.flatMap((nodes) => axis.leaves.map((leaf) => [...nodes, leaf])), [[]]);
}

/** A cell is a structural zero when every leaf under it is impossible. */
function markStructuralZeros(cube: DisclosureCube, isImpossibleLeaf: NonNullable<CubeOptions['isImpossibleLeaf']>): void {
  const possible = new Uint32Array(cube.size);
  for (const nodes of allLeaves(cube.axes)) {
    const codes: Partial<Record<CubeDimension, string>> = {};
    cube.axes.slice(1).forEach((axis, a) => { codes[axis.name as CubeDimension] = axis.labels[nodes[a + 1]]; });
    if (!isImpossibleLeaf(cube.axes[0].labels[nodes[0]], codes)) addToAncestors(cube, possible, nodes, 1);
  }
  // A count where no record can be would be a contradiction: it is not treated as known.
  possible.forEach((n, cell) => { cube.structural[cell] = n === 0 && cube.values[cell] === 0 ? 1 : 0; });
}

/** A period is released when its last month is; the rest of the cube waits for a later release. */
function markReleased(cube: DisclosureCube, releasedThrough: string): void {
  const time = cube.axes[0];
  const lastMonth = time.labels.map((_, node) => time.labels[time.leavesUnder[node][time.leavesUnder[node].length - 1]]);
  cube.markUnreleased((cell) => lastMonth[cube.coordinate(cell, 0)] <= releasedThrough);
}

/**
 * The cube for one financial year ("2012/13") and up to two breakdowns, every cell's value summed
 * from the leaf counts. Repeated leaves add up, as record counts do.
 */
export function buildDisclosureCube(
  financialYear: string,
  dimensions: readonly BreakdownDimension[],
  leaves: readonly LeafCount[],
  options: CubeOptions = {},
): DisclosureCube {
  const year = parseFinancialYear(financialYear);
  if (!year) throw new Error(`Financial year "${financialYear}" should look like 2012/13`);
  const axes = [timeAxis(Number(year.start.slice(0, 4))), ...breakdownAxes(dimensions)];
  const cube = new DisclosureCube(axes);
  leaves.forEach((leaf, position) => addToAncestors(cube, cube.values, leafCoordinates(axes, leaf, position), leaf.count));
  if (options.isImpossibleLeaf) markStructuralZeros(cube, options.isImpossibleLeaf);
  if (options.releasedThrough !== undefined) markReleased(cube, options.releasedThrough);
  cube.markKnownByLines();
  return cube;
}
