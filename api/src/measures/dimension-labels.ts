import type { Dimension } from '../datasets/dataset-catalogue';
import {
  ARREST_AGE_BANDS, DESTINATIONS, EXPLOITATION_TYPES, GAIA_AGE_BANDS, NOT_RECORDED, OFFENCES, REFERRAL_SOURCES, SEXES,
} from '../datasets/dataset-catalogue';

/** Ward is optional on Gaia referrals: "unknown or outside the borough" is a value in its own right. */
export const UNKNOWN_WARD = 'unknown';

const LABELS: Record<string, string> = {
  female: 'Female', male: 'Male', other: 'Other', unknown: 'Not known',
  under_18: 'Under 18', '13_17': '13 to 17', '18_24': '18 to 24', '25_34': '25 to 34', '35_44': '35 to 44',
  '45_54': '45 to 54', '45_plus': '45 and over', '55_plus': '55 and over',
  soliciting_to_sell: 'Soliciting to sell sex', soliciting_to_buy: 'Soliciting to buy sex',
  police: 'Police', self: 'Self-referral', health: 'Health', children_services: "Children's services", housing: 'Housing',
  probation: 'Probation', voluntary_sector: 'Voluntary sector',
  independent_tenancy: 'Independent tenancy', other_supported_housing: 'Other supported housing',
  family_or_friends: 'Family or friends', custody: 'Custody', hospital_or_treatment: 'Hospital or treatment',
  evicted: 'Evicted', abandoned: 'Abandoned the placement',
  sexual: 'Sexual exploitation', labour: 'Labour exploitation', criminal: 'Criminal exploitation', forced_begging: 'Forced begging',
  domestic_servitude: 'Domestic servitude', [NOT_RECORDED]: 'Not recorded',
};

/** Codes each enumerated dimension can take, in the order tables list them. */
export const ENUMERATED_CODES: Partial<Record<Dimension, readonly string[]>> = {
  AGE_BAND: [...new Set([...ARREST_AGE_BANDS.filter((b) => b !== 'unknown'), ...GAIA_AGE_BANDS])].sort(byAge),
  SEX: SEXES,
  REFERRAL_SOURCE: REFERRAL_SOURCES,
  EXPLOITATION_TYPE: [...EXPLOITATION_TYPES, NOT_RECORDED],
  OFFENCE: OFFENCES,
  DESTINATION: DESTINATIONS,
};

function byAge(a: string, b: string): number {
  const start = (band: string) => (band === 'unknown' ? 999 : band === 'under_18' ? 0 : Number.parseInt(band, 10));
  return start(a) - start(b);
}

export function enumLabel(code: string): string {
  return LABELS[code] ?? code;
}
