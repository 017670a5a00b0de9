import { forcedZeros } from './forced-zeros';
import { sparseRow } from './sparse-row';

const row = (coefs: Record<number, number>) => sparseRow(Object.entries(coefs).map(([c, v]) => [Number(c), BigInt(v)] as const));

describe('forcedZeros', () => {
  it('pins every cell of an equation whose coefficients share a sign', () => {
    expect([...forcedZeros([row({ 1: 1, 2: 1 })])].sort()).toEqual([1, 2]);
  });

  it('finds a zero pinned only by combining equations', () => {
    // u1 − u2 = 0 and u2 − u1 + u3 = 0: neither is one-signed, but together u3 = 0, while u1 = u2 may rise.
    expect([...forcedZeros([row({ 1: 1, 2: -1 }), row({ 1: -1, 2: 1, 3: 1 })])]).toEqual([3]);
  });

  it('pins nothing when every zero can rise', () => {
    expect([...forcedZeros([row({ 1: 1, 2: -1 }), row({ 2: 1, 3: -1 })])]).toEqual([]);
  });
});
