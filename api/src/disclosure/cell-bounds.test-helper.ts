import type { DisclosureCube } from './disclosure-cube';
import { maximise, type EqualitySystem, type Fraction } from './exact-simplex';

export interface CellBounds {
  readonly min: Fraction;
  readonly max: Fraction;
}

/** The additive lines over the unpublished cells, published values moved to the right-hand side. */
function attackerSystem(cube: DisclosureCube, unknown: readonly number[], isPublished: (cell: number) => boolean): EqualitySystem {
  const position = new Map(unknown.map((cell, i) => [cell, i]));
  const rows: EqualitySystem['rows'][number][] = [];
  for (const line of cube.lines) {
    const members: [number, bigint][] = [[line.parent, 1n], ...line.children.map((c) => [c, -1n] as [number, bigint])];
    if (members.every(([cell]) => isPublished(cell))) continue;
    const coefs = new Map<number, bigint>();
    let rhs = 0n;
    for (const [cell, coef] of members) {
      if (isPublished(cell)) rhs -= coef * BigInt(cube.values[cell]);
      else coefs.set(position.get(cell) as number, coef);
    }
    rows.push({ coefs, rhs });
  }
  return { variables: unknown.length, rows };
}

/**
 * What an attacker can say about one unpublished cell: the least and greatest values consistent
 * with every published cell, the additive lines and non-negativity (exact LP). A second,
 * independent auditor: slower than findDeterminedCells, so tests use it on small cubes.
 */
export function cellBounds(cube: DisclosureCube, isPublished: (cell: number) => boolean, cell: number): CellBounds {
  if (isPublished(cell)) {
    const value = { num: BigInt(cube.values[cell]), den: 1n };
    return { min: value, max: value };
  }
  const unknown = [...Array(cube.size).keys()].filter((c) => !isPublished(c));
  const system = attackerSystem(cube, unknown, isPublished);
  const target = unknown.indexOf(cell);
  const upper = maximise(system, new Map([[target, 1n]]));
  const lower = maximise(system, new Map([[target, -1n]]));
  if (upper.status !== 'optimal' || lower.status !== 'optimal') {
    throw new Error(`The published figures should bound every cell, but the LP was ${upper.status}/${lower.status}`);
  }
  return { max: upper.value, min: { num: -lower.value.num, den: lower.value.den } };
}
