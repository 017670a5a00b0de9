import { describe, expect, it } from '@jest/globals';
import { DemoGeography, sizeWeight, type DemoWard } from './demo-wards';

const ward = (code: string, name: string, validFrom: string, validTo: string | null = null): DemoWard => ({ code, name, validFrom, validTo });
/** A made-up borough: two vintages, the second from 2026-05-07, with one code continuing. */
const OLD = [
  ward('E05999001', 'Coldharbour', '2002-05-02', '2026-05-06'), ward('E05999002', 'Brixton Hill', '2002-05-02', '2026-05-06'),
  ward('E05999003', 'Stockwell', '2002-05-02', '2026-05-06'), ward('E05999004', 'Oval', '2002-05-02', '2026-05-06'),
];
const NEW = [
  ward('E05999101', 'Brixton Central', '2026-05-07'), ward('E05999102', 'Brixton North', '2026-05-07'),
  ward('E05999103', 'Stockwell West & Larkhall', '2026-05-07'), ward('E05999004', 'Oval', '2026-05-07'),
];
const weightsOf = (table: readonly (readonly [string, number])[]) => Object.fromEntries(table);

describe('the demo’s wards', () => {
  it('weighs every ward from its code alone, from 0.8 to 1.3, the same every time', () => {
    const weights = [...OLD, ...NEW].map((w) => sizeWeight(w.code));
    expect(weights.every((w) => w >= 0.8 && w <= 1.3)).toBe(true);
    expect(new Set(weights.map((w) => w.toFixed(6))).size).toBe(7);
    expect(sizeWeight('E05999001')).toBe(sizeWeight('E05999001'));
  });

  it('shares a hot-spot place’s weight among the wards that name it, under either set of names', () => {
    const geography = new DemoGeography([...OLD, ...NEW]);
    // Brixton (Coldharbour and Brixton Hill) 50, Stockwell 20; Oval names no place.
    expect(weightsOf(geography.on('2026-05-06').hotSpots)).toEqual({ E05999001: 25, E05999002: 25, E05999003: 20 });
    expect(weightsOf(geography.on('2026-05-07').hotSpots)).toEqual({ E05999101: 25, E05999102: 25, E05999103: 20 });
  });

  it('spreads the hot spots over the whole set by size when no ward names a place', () => {
    const plain = [ward('E05999201', 'North', '2002-05-02'), ward('E05999202', 'South', '2002-05-02')];
    const { bySize, hotSpots } = new DemoGeography(plain).on('2012-04-01');
    expect(hotSpots).toEqual(bySize);
    expect(weightsOf(bySize)).toEqual({ E05999201: sizeWeight('E05999201'), E05999202: sizeWeight('E05999202') });
  });

  it('knows which codes are valid on a day, a continuing code on both sides of the change', () => {
    const geography = new DemoGeography([...OLD, ...NEW]);
    expect(geography.isValidOn('E05999001', '2026-05-06')).toBe(true);
    expect(geography.isValidOn('E05999001', '2026-05-07')).toBe(false);
    expect(geography.isValidOn('E05999004', '2026-05-07')).toBe(true);
    expect(geography.validTo('E05999001')).toBe('2026-05-06');
    expect(geography.validTo('E05999101')).toBeUndefined();
  });

  it('refuses a span with a day no ward covers, naming the first', () => {
    const gap = [...OLD, ...NEW.map((w) => ({ ...w, validFrom: '2026-06-01' }))].filter((w) => w.code !== 'E05999004');
    expect(() => new DemoGeography(gap).checkCovers('2011-04-01', '2026-09-30')).toThrow(/^no ward is valid on 2026-05-07:/);
    expect(() => new DemoGeography([...OLD, ...NEW]).checkCovers('2011-04-01', '2026-09-30')).not.toThrow();
  });
});
