import { findNonNegativeSolution, maximise, type EqualitySystem, type Fraction } from './exact-simplex';

function system(variables: number, rows: [Record<number, number>, number][]): EqualitySystem {
  return {
    variables,
    rows: rows.map(([coefs, rhs]) => ({ coefs: new Map(Object.entries(coefs).map(([c, v]) => [Number(c), BigInt(v)])), rhs: BigInt(rhs) })),
  };
}

const objective = (coefs: Record<number, number>) => new Map(Object.entries(coefs).map(([c, v]) => [Number(c), BigInt(v)]));
const fraction = (num: number, den = 1): Fraction => ({ num: BigInt(num), den: BigInt(den) });

describe('exact simplex', () => {
  it('finds a fractional optimum exactly', () => {
    // x + 2y = 4, x + s = 3: the best x + y is x = 3, y = 1/2.
    const result = maximise(system(3, [[{ 0: 1, 1: 2 }, 4], [{ 0: 1, 2: 1 }, 3]]), objective({ 0: 1, 1: 1 }));
    expect(result).toEqual({ status: 'optimal', value: fraction(7, 2), solution: [fraction(3), fraction(1, 2), fraction(0)] });
  });

  it('says when no non-negative solution exists', () => {
    expect(maximise(system(2, [[{ 0: 1, 1: 1 }, -1]]), objective({ 0: 1 }))).toEqual({ status: 'infeasible' });
    expect(findNonNegativeSolution(system(2, [[{ 0: 1, 1: -1 }, 0], [{ 0: -1, 1: 1 }, 1]]))).toBeNull();
  });

  it('says when the objective has no bound', () => {
    expect(maximise(system(2, [[{ 0: 1, 1: -1 }, 0]]), objective({ 0: 1 })).status).toBe('unbounded');
  });

  it('copes with redundant equations', () => {
    const result = maximise(system(2, [[{ 0: 1, 1: 1 }, 2], [{ 0: 2, 1: 2 }, 4]]), objective({ 0: 1 }));
    expect(result.status === 'optimal' && result.value).toEqual(fraction(2));
  });

  it("does not cycle on Beale's degenerate example", () => {
    // Beale (1955), scaled to integers: x1..x3 slacks, optimum 5/4 of the original objective (×4 here).
    const beale = system(7, [
      [{ 3: 1, 4: -32, 5: -4, 6: 36, 0: 4 }, 0],
      [{ 3: 1, 4: -24, 5: -1, 6: 6, 1: 2 }, 0],
      [{ 5: 1, 2: 1 }, 1],
    ]);
    const result = maximise(beale, objective({ 3: 3, 4: -80, 5: 2, 6: -24 }));
    expect(result.status === 'optimal' && result.value).toEqual(fraction(5));
  });
});
