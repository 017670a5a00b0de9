import { buildDisclosureCube } from './build-disclosure-cube';
import { patternDimensions } from './disclosure-control';
import { disclosurePolicy } from './disclosure-policy';
import { everyMonth, FINANCIAL_YEAR } from './disclosure-cubes.test-helper';
import type { BreakdownDimension, LeafCount } from './disclosure-types';
import { suppressSmallCells } from './suppress-small-cells';

const build = (dimensions: BreakdownDimension[], leaves: LeafCount[] = []) => () => buildDisclosureCube(FINANCIAL_YEAR, dimensions, leaves);

describe('buildDisclosureCube: breakdowns it refuses, with what is wrong', () => {
  it('names an unknown dimension, one listed twice, one without codes, a repeated code and an empty code', () => {
    expect(build([{ dimension: 'PARISH' as never, codes: ['x'] }])).toThrow('Unknown breakdown dimension "PARISH"; expected one of WARD, STRAND, AGE_BAND, SEX, REFERRAL_SOURCE, EXPLOITATION_TYPE, OFFENCE, DESTINATION');
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


describe('a pattern answers only for the cells it was computed for', () => {
  const pattern = () => suppressSmallCells({
    measureId: 'gaia.referrals', financialYear: FINANCIAL_YEAR, dimensions: [{ dimension: 'WARD', codes: ['a', 'b'] }],
    leaves: [...everyMonth({ WARD: 'a' }, 9, { '2012-04': 2 }), ...everyMonth({ WARD: 'b' }, 20)],
  });

  it('gives a reason only for withheld cells and a value only for published ones', () => {
    const p = pattern();
    expect(p.reason({ time: '2012-04', codes: { WARD: 'a' } })).toBe('primary');
    expect(p.reason({ time: '2012-04', codes: { WARD: 'b' } })).toBe('secondary');
    expect(p.reason({ time: '2012-07', codes: { WARD: 'a' } })).toBeNull();
    expect(p.publishedValue({ time: '2012-04', codes: { WARD: 'a' } })).toBeNull();
    expect(p.publishedValue({ time: '2012-07', codes: { WARD: 'a' } })).toBe(9);
    expect(p.publishedValue({ time: 'YEAR', codes: {} })).toBe(2 + 11 * 9 + 240);
  });

  it('reads a code left undefined as "all", and refuses the empty code', () => {
    const p = pattern();
    expect(p.publishedValue({ time: 'Q3', codes: { WARD: undefined } })).toBe(27 + 60);
    expect(() => p.isSuppressed({ time: 'Q3', codes: { WARD: '' } })).toThrow('Cell WARD code "" is not one of the codes the pattern was computed for');
    expect(() => p.isSuppressed({ time: 'Q3', codes: { WARD: 'c' } })).toThrow('Cell WARD code "c" is not one of the codes the pattern was computed for');
  });
});

describe('disclosurePolicy', () => {
  it('accepts a threshold of 1 (nothing withheld), and strand thresholds set for one measure', () => {
    expect(disclosurePolicy({ threshold: 1 }).thresholdFor('gaia.referrals', { time: 'YEAR', codes: { WARD: 'x' } })).toBe(1);
    const policy = disclosurePolicy({ measures: { 'gaia.referrals': { threshold: 4, strandThresholds: { stalking: 7 } } } });
    expect(policy.thresholdFor('gaia.referrals', { time: 'YEAR', codes: { STRAND: 'stalking' } })).toBe(7);
    expect(policy.thresholdFor('gaia.referrals', { time: 'YEAR', codes: { STRAND: 'domestic_violence' } })).toBe(4);
    expect(policy.thresholdFor('gaia.referrals', { time: 'YEAR', codes: { STRAND: 'fgm' } })).toBe(10);
    expect(policy.thresholdFor('arrests.men_buying', { time: 'YEAR', codes: { STRAND: 'stalking' } })).toBe(5);
  });
});
