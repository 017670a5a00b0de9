import { describe, expect, it } from '@jest/globals';
import { FIRST_DEMO_YEAR, planFor } from './demo-plans';

describe('the demo’s year plans', () => {
  it('keeps the briefing year’s published counts', () => {
    expect(planFor(2012)).toMatchObject({
      kerbCrawlingOperations: 22, warningLetters: 102, womenSoliciting: 67, womenDrugTestReferred: 67, menBuying: 50, gaiaReferrals: 1571, chrysalisMoveOns: 15,
    });
  });

  it('computes any later year, with no last year written anywhere, the same every time', () => {
    for (const year of [2014, 2026, 2040, 2100]) {
      const plan = planFor(year);
      expect(planFor(year)).toEqual(plan);
      expect(Object.values(plan).every((count) => Number.isInteger(count) && count > 0)).toBe(true);
      expect(plan.womenDrugTestReferred).toBeLessThanOrEqual(plan.womenSoliciting);
    }
  });

  it('varies gently from year to year: no two years alike, no jump of a fifth outside the pandemic', () => {
    for (let year = 2015; year <= 2040; year++) {
      const [before, now] = [planFor(year === 2021 ? 2019 : year - 1), planFor(year)];
      expect(now.gaiaReferrals).not.toBe(before.gaiaReferrals);
      if (year !== 2020) expect(Math.abs(now.gaiaReferrals / before.gaiaReferrals - 1)).toBeLessThan(0.2);
    }
  });

  it('has no plan before the demo starts', () => {
    expect(() => planFor(FIRST_DEMO_YEAR - 1)).toThrow('the demo starts in 2011/12; there is no plan for 2010');
  });
});
