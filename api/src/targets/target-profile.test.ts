import { profiledTarget } from './target-profile';
import { TargetInputError } from './target-input.error';

describe('profiled target', () => {
  it('spreads the annual target evenly by default, cumulative from April', () => {
    expect([1, 2, 3, 4].map((q) => profiledTarget(22, undefined, q))).toEqual([5.5, 11, 16.5, 22]);
    expect(profiledTarget(40, null, 2)).toBe(20);
  });

  it('follows a profile of amounts that add up to the annual target', () => {
    expect([1, 2, 3, 4].map((q) => profiledTarget(22, [4, 5, 6, 7], q))).toEqual([4, 9, 15, 22]);
  });

  it('follows a profile of fractions that add up to 1', () => {
    expect(profiledTarget(40, [0.1, 0.2, 0.3, 0.4], 2)).toBeCloseTo(12, 9);
  });

  it('gives zero for a zero target', () => {
    expect(profiledTarget(0, [0, 0, 0, 0], 3)).toBe(0);
  });

  it('refuses a profile that adds up to neither the target nor 1', () => {
    expect(() => profiledTarget(22, [4, 5, 6, 6], 1)).toThrow(
      'The quarterly profile adds up to 21, but it must add up to the annual target of 22 (as amounts) or to 1 (as fractions).',
    );
  });

  it('refuses a profile without 4 quarters', () => {
    expect(() => profiledTarget(22, [11, 11], 1)).toThrow('A quarterly profile needs 4 values, one for each quarter from April; got 2.');
  });

  it('refuses a negative quarter in the profile', () => {
    expect(() => profiledTarget(22, [12, -2, 6, 6], 1)).toThrow('Quarter 2 of the profile is -2; each quarter needs a number of 0 or more.');
  });

  it('refuses a quarter outside 1 to 4 and a negative target', () => {
    expect(() => profiledTarget(22, undefined, 5)).toThrow('quarter must be 1, 2, 3 or 4 (Q1 is April to June); got 5.');
    expect(() => profiledTarget(-1, undefined, 1)).toThrow('annualTarget must be a number of 0 or more; got -1.');
  });

  it('names the argument at fault so it can be reported as bad input', () => {
    expect(() => profiledTarget(22, [1, 1, 1, 1], 1)).toThrow(expect.objectContaining({ argument: 'profile' }));
    expect(() => profiledTarget(22, [1, 1, 1, 1], 1)).toThrow(TargetInputError);
  });
});
