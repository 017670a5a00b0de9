import { describe, expect, it } from '@jest/globals';
import { runsPastRelease, wardFiguresFrom } from './ward-figures';

const row = (code: string, value: number | null) => ({ key: [{ code, label: code }], value, suppressed: value === null });
const everyone = () => true;

describe('a ward’s figure from a by-ward answer', () => {
  it('reads a ward missing from live figures as 0 (no records), or as no figure for a rate', () => {
    const figureOf = wardFiguresFrom([row('A', 12), row('B', null)], 'COUNT', everyone);
    expect(['A', 'B', 'C'].map(figureOf)).toEqual([{ kind: 'shown', value: 12 }, { kind: 'withheld' }, { kind: 'shown', value: 0 }]);
    expect(wardFiguresFrom([], 'PERCENT', everyone)('C')).toEqual({ kind: 'no-figure' });
  });

  it('reads a ward missing from a release that does not cover the whole year as not released yet, never 0', () => {
    expect(wardFiguresFrom([], 'COUNT', everyone, true)('C')).toEqual({ kind: 'not-released' });
    expect([runsPastRelease('2026-09', '2027-03-31'), runsPastRelease('2026-09', '2026-03-31'), runsPastRelease(null, '2027-03-31')]).toEqual([true, false, false]);
  });

  it('says "not shown" for a ward the person may not see', () => {
    expect(wardFiguresFrom([], 'COUNT', (code) => code === 'A', true)('C')).toEqual({ kind: 'not-shown' });
  });
});
