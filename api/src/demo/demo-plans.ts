import { financialYearLabel } from '../shared/financial-periods';
import { hash32 } from './random';

/** How many records of each kind a financial year of the demo holds; records are then spread over it. */
export interface YearPlan {
  kerbCrawlingOperations: number;
  otherOperations: number;
  warningLetters: number;
  womenSoliciting: number;
  womenDrugTestReferred: number;
  menBuying: number;
  /** Arrests recorded with sex `other` or `unknown`: real files have them, the women/men measures must not count them. */
  otherArrests: number;
  gaiaReferrals: number;
  chrysalisMoveOns: number;
}

/** The first financial year of the demo, 2011/12: the year before the briefing's. */
export const FIRST_DEMO_YEAR = 2011;

/**
 * 2012/13 is the briefing's published year; 2011/12 keeps the figures its stated increases imply
 * (12 operations, 37 referred, 10 move-ons) and invents the rest; 2013/14 is illustrative growth,
 * kept because the illustrative 2013/14 targets were set against it. Later years are computed.
 */
const SET_PLANS: Readonly<Record<number, YearPlan>> = {
  2011: {
    kerbCrawlingOperations: 12, otherOperations: 4, warningLetters: 60, womenSoliciting: 52, womenDrugTestReferred: 37,
    menBuying: 30, otherArrests: 1, gaiaReferrals: 372, chrysalisMoveOns: 10,
  },
  2012: {
    kerbCrawlingOperations: 22, otherOperations: 5, warningLetters: 102, womenSoliciting: 67, womenDrugTestReferred: 67,
    menBuying: 50, otherArrests: 2, gaiaReferrals: 1571, chrysalisMoveOns: 15,
  },
  2013: {
    kerbCrawlingOperations: 26, otherOperations: 6, warningLetters: 115, womenSoliciting: 70, womenDrugTestReferred: 66,
    menBuying: 58, otherArrests: 2, gaiaReferrals: 1702, chrysalisMoveOns: 18,
  },
};
const LAST_SET_YEAR = 2013;

/**
 * After 2013/14, each count follows a gentle trend from its 2013/14 value, never below a floor:
 * fewer operations and soliciting arrests as policing moved on from street enforcement, more
 * referrals to the Gaia Centre as reporting of domestic abuse rose.
 */
const TRENDS: Readonly<Record<Exclude<keyof YearPlan, 'womenDrugTestReferred'>, { perYear: number; floor: number }>> = {
  kerbCrawlingOperations: { perYear: 0.97, floor: 10 },
  otherOperations: { perYear: 1, floor: 3 },
  warningLetters: { perYear: 0.97, floor: 40 },
  womenSoliciting: { perYear: 0.95, floor: 25 },
  menBuying: { perYear: 0.96, floor: 20 },
  otherArrests: { perYear: 1, floor: 1 },
  gaiaReferrals: { perYear: 1.03, floor: 1000 },
  chrysalisMoveOns: { perYear: 1.02, floor: 10 },
};

/** The pandemic's first year (2020/21): fewer operations on emptied streets, more domestic abuse referrals. */
const YEAR_EFFECTS: Readonly<Record<number, Partial<Record<keyof YearPlan, number>>>> = {
  2020: { kerbCrawlingOperations: 0.6, warningLetters: 0.6, womenSoliciting: 0.7, menBuying: 0.6, gaiaReferrals: 1.12 },
};

/** Year-to-year noise of up to ±6%, the same for every seed, so the targets loader can work a year out too. */
const WOBBLE = 0.06;
/** Most women arrested for soliciting are referred for a drug test; 2012/13's 100% was exceptional. */
const DRUG_TEST_REFERRAL_SHARE = 0.92;

/** The plan of financial year `year` (2012 is 2012/13): set for 2011/12 to 2013/14, computed after. */
export function planFor(year: number): YearPlan {
  const set = SET_PLANS[year];
  if (set) return set;
  if (year < FIRST_DEMO_YEAR) throw new RangeError(`the demo starts in ${financialYearLabel(FIRST_DEMO_YEAR)}; there is no plan for ${year}`);
  const base = SET_PLANS[LAST_SET_YEAR];
  const count = (key: keyof typeof TRENDS): number => {
    const trend = TRENDS[key];
    const effect = YEAR_EFFECTS[year]?.[key] ?? 1;
    const wobble = 1 + WOBBLE * (2 * (hash32(`${key}|${year}`) / 0xffffffff) - 1);
    return Math.max(trend.floor, Math.round(base[key] * trend.perYear ** (year - LAST_SET_YEAR) * effect * wobble));
  };
  const womenSoliciting = count('womenSoliciting');
  return {
    kerbCrawlingOperations: count('kerbCrawlingOperations'),
    otherOperations: count('otherOperations'),
    warningLetters: count('warningLetters'),
    womenSoliciting,
    womenDrugTestReferred: Math.round(womenSoliciting * DRUG_TEST_REFERRAL_SHARE),
    menBuying: count('menBuying'),
    otherArrests: count('otherArrests'),
    gaiaReferrals: count('gaiaReferrals'),
    chrysalisMoveOns: count('chrysalisMoveOns'),
  };
}
