import { buildDisclosureCube } from './build-disclosure-cube';
import { patternDimensions } from './combinable-breakdowns';
import { everyMonth, FINANCIAL_YEAR } from './disclosure-cubes.test-helper';
import type { BreakdownDimension, LeafCount } from './disclosure-types';
import { formatDisclosedValue } from './suppressed-value';

const build = (dimensions: BreakdownDimension[], leaves: LeafCount[] = []) => () => buildDisclosureCube(FINANCIAL_YEAR, dimensions, leaves);

describe('buildDisclosureCube: breakdowns it refuses, with what is wrong', () => {
  it('names an unknown dimension, one listed twice, one without codes, a repeated code and an empty code', () => {
    expect(build([{ dimension: 'PARISH' as never, codes: ['x'] }])).toThrow('Unknown breakdown dimension "PARISH"; expected one of WARD, STRAND, AGE_BAND, SEX, REFERRAL_SOURCE, OFFENCE, DESTINATION');
    expect(build([{ dimension: 'WARD', codes: ['a'] }, { dimension: 'WARD', codes: ['b'] }])).toThrow('Breakdown dimension WARD is listed twice');
    expect(build([{ dimension: 'SEX', codes: [] }])).toThrow('Breakdown dimension SEX has no codes; list every code it can take');
    expect(build([{ dimension: 'SEX', codes: ['male', 'female', 'male'] }])).toThrow('Breakdown dimension SEX lists code "male" twice');
    expect(build([{ dimension: 'SEX', codes: ['male', ''] }])).toThrow('Breakdown dimension SEX has an empty code');
  });

  it('names a leaf with a code of a dimension the cube does not break down by', () => {
    expect(build([{ dimension: 'WARD', codes: ['a'] }], [{ month: '2012-04', codes: { WARD: 'a', SEX: 'male' }, count: 1 }]))
      .toThrow('Leaf count 1 (2012-04): has a SEX code but the breakdown is WARD');
    expect(build([], [{ month: '2012-05', codes: { SEX: 'male' }, count: 1 }])).toThrow('Leaf count 1 (2012-05): has a SEX code but the breakdown is none');
    expect(build([{ dimension: 'WARD', codes: ['a'] }], [{ month: 'Q1', codes: { WARD: 'a' }, count: 1 }])).toThrow('Leaf count 1 (Q1): month must be one of 2012-04 to 2013-03');
  });

  it('builds the same cube whatever order the breakdowns come in: catalogue order, codes sorted', () => {
    const leaves = [...everyMonth({ WARD: 'b', STRAND: 'fgm' }, 3), ...everyMonth({ WARD: 'a', STRAND: 'stalking' }, 1)];
    const strandFirst = buildDisclosureCube(FINANCIAL_YEAR, [{ dimension: 'STRAND', codes: ['stalking', 'fgm'] }, { dimension: 'WARD', codes: ['b', 'a'] }], leaves);
    expect(strandFirst.dimensions).toEqual(['WARD', 'STRAND']);
    expect(strandFirst.axes.map((a) => a.labels.slice(0, 3))).toEqual([['YEAR', 'Q1', 'Q2'], ['', 'a', 'b'], ['', 'fgm', 'stalking']]);
    expect(strandFirst.values[strandFirst.indexOf({ time: 'YEAR', codes: { WARD: 'b' } })]).toBe(36);
    expect(strandFirst.values[strandFirst.indexOf({ time: 'Q2', codes: { STRAND: 'stalking' } })]).toBe(3);
  });
});

describe('patternDimensions: which pattern answers a request', () => {
  it("uses the dataset's pair for any subset of it, a lone breakdown on its own, and nothing for none", () => {
    expect(patternDimensions('gaia_referrals', [])).toEqual([]);
    expect(patternDimensions('gaia_referrals', ['STRAND'])).toEqual(['WARD', 'STRAND']);
    expect(patternDimensions('gaia_referrals', ['STRAND', 'WARD'])).toEqual(['WARD', 'STRAND']);
    expect(patternDimensions('gaia_referrals', ['AGE_BAND'])).toEqual(['AGE_BAND']);
    expect(patternDimensions('gaia_referrals', ['AGE_BAND', 'SEX'])).toBeUndefined();
    expect(patternDimensions('gaia_referrals', ['WARD', 'SEX'])).toBeUndefined();
  });
});

describe('formatDisclosedValue', () => {
  it('prints [c] for a withheld figure or a missing value, otherwise the en-GB number', () => {
    expect(formatDisclosedValue(1571, false)).toBe('1,571');
    expect(formatDisclosedValue(7, true)).toBe('[c]');
    expect(formatDisclosedValue(null, false)).toBe('[c]');
    expect(formatDisclosedValue(12.5, false, (v) => `${v}%`)).toBe('12.5%');
  });
});
