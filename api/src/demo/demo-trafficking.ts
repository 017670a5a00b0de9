import { addMonths } from '../shared/dates';
import type { Random, WeightTable } from './random';

/**
 * The Gaia Centre records a trafficking referral's exploitation type from the Modern Slavery Act
 * 2015 (in force 31 July 2015), in the National Referral Mechanism's terms; before, it is empty
 * (not recorded), as in a real extract.
 */
export const EXPLOITATION_RECORDED_FROM = '2015-07-31';

/** Sexual exploitation the most common; forced begging rare until it emerges. */
const EXPLOITATION_TYPES: WeightTable<string> = [
  ['sexual', 40], ['labour', 22], ['criminal', 18], ['domestic_servitude', 8], ['forced_begging', 4], ['unknown', 8],
];

/**
 * The emerging issue the operational group named: trafficking referrals for forced begging rise
 * over the last six complete quarters before the demo's day, on top of the usual referrals, to
 * about three a month, against a background of one every few months: a special cause to find.
 */
const EMERGING_MONTHS = 18;
const EMERGING_PEAK_PER_MONTH = 3;

/** The exploitation type a referral's file carries: empty outside trafficking and before it was recorded. */
export function exploitationType(rng: Random, strand: string, date: string): string {
  if (strand !== 'trafficking' || date < EXPLOITATION_RECORDED_FROM) return '';
  return rng.weighted(EXPLOITATION_TYPES);
}

/**
 * How many extra forced-begging referrals each month of the rise holds, `through` being the last
 * month of the data ('YYYY-MM'): rising month by month to the peak; none before the type was recorded.
 */
export function emergingForcedBegging(through: string): { month: string; count: number }[] {
  return Array.from({ length: EMERGING_MONTHS }, (_, index) => ({
    month: addMonths(`${through}-01`, index - EMERGING_MONTHS + 1).slice(0, 7),
    count: Math.round((EMERGING_PEAK_PER_MONTH * (index + 1)) / EMERGING_MONTHS),
  })).filter(({ month, count }) => count > 0 && `${month}-01` >= EXPLOITATION_RECORDED_FROM);
}
