import { DIMENSIONS, type Dimension } from '../datasets/dataset-catalogue';
import { parseFinancialYear } from '../figures/financial-periods';
import { dimensionAxis, timeAxis, type CubeAxis } from './cube-axis';
import { DisclosureCube } from './disclosure-cube';
import type { BreakdownDimension, LeafCount } from './disclosure-types';

/** The figures planner asks for at most two breakdowns at once; more would multiply the cube. */
export const MAX_BREAKDOWN_DIMENSIONS = 2;

function breakdownAxes(dimensions: readonly BreakdownDimension[]): CubeAxis[] {
  if (dimensions.length > MAX_BREAKDOWN_DIMENSIONS) {
    throw new Error(`Disclosure control covers at most ${MAX_BREAKDOWN_DIMENSIONS} breakdown dimensions, not ${dimensions.length}`);
  }
  const seen = new Set<Dimension>();
  for (const { dimension, codes } of dimensions) {
    if (!DIMENSIONS.includes(dimension)) throw new Error(`Unknown breakdown dimension "${dimension}"; expected one of ${DIMENSIONS.join(', ')}`);
    if (seen.has(dimension)) throw new Error(`Breakdown dimension ${dimension} is listed twice`);
    seen.add(dimension);
    if (codes.length === 0) throw new Error(`Breakdown dimension ${dimension} has no codes; list every code it can take`);
    const duplicate = codes.find((code, i) => codes.indexOf(code) !== i);
    if (duplicate !== undefined) throw new Error(`Breakdown dimension ${dimension} lists code "${duplicate}" twice`);
    if (codes.includes('')) throw new Error(`Breakdown dimension ${dimension} has an empty code`);
  }
  // Catalogue order, so that ['STRAND', 'WARD'] and ['WARD', 'STRAND'] are the same cube.
  return [...dimensions]
    .sort((a, b) => DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension))
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
    if (!dimensions.includes(key as Dimension)) throw new Error(`${where}: has a ${key} code but the breakdown is ${dimensions.join(' × ') || 'none'}`);
  }
  return [month, ...axes.slice(1).map((axis) => {
    const code = leaf.codes[axis.name as Dimension];
    if (code === undefined) throw new Error(`${where}: needs a ${axis.name} code; leaves are the full cross of the breakdowns`);
    const node = axis.nodeOf.get(code);
    if (node === undefined || node === 0) throw new Error(`${where}: ${axis.name} code "${code}" is not in the ${axis.name} code list`);
    return node;
  })];
}

/** Adds `count` to every cell the leaf falls in: each combination of its nodes' ancestors. */
function addToAncestors(cube: DisclosureCube, nodes: readonly number[], count: number): void {
  const visit = (a: number, index: number): void => {
    if (a === cube.axes.length) { cube.values[index] += count; return; }
    for (const node of cube.axes[a].pathToRoot[nodes[a]]) visit(a + 1, index + node * cube.stride(a));
  };
  visit(0, 0);
}

/**
 * The cube for one financial year ("2012/13") and up to two breakdowns, every cell's value summed
 * from the leaf counts. Repeated leaves add up, as record counts do.
 */
export function buildDisclosureCube(
  financialYear: string,
  dimensions: readonly BreakdownDimension[],
  leaves: readonly LeafCount[],
): DisclosureCube {
  const year = parseFinancialYear(financialYear);
  if (!year) throw new Error(`Financial year "${financialYear}" should look like 2012/13`);
  const axes = [timeAxis(Number(year.start.slice(0, 4))), ...breakdownAxes(dimensions)];
  const cube = new DisclosureCube(axes);
  leaves.forEach((leaf, position) => addToAncestors(cube, leafCoordinates(axes, leaf, position), leaf.count));
  return cube;
}
