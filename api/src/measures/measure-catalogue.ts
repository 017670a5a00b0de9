import type { DatasetName } from '../datasets/dataset-catalogue';
import { badUserInput } from '../shared/errors';

/** A condition on a dataset column, kept as data so the planner can turn it into SQL parameters. */
export interface Condition {
  column: string;
  equals: string | boolean;
}

export type MeasureUnit = 'COUNT' | 'PERCENT';
export type Polarity = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NO_TARGET';

export interface MeasureDefinition {
  id: string;
  label: string;
  description: string;
  unit: MeasureUnit;
  dataset: DatasetName;
  /** Which records count: all conditions must hold. */
  where: Condition[];
  /** For rates: value = 100 × count(where and numerator) / count(where); never an average of percentages. */
  numerator?: Condition[];
  /**
   * A count of some of another measure's records (referred for a drug test ⊂ arrested): that
   * measure's id. Disclosure control audits the two together, so no pair of published figures
   * gives their difference.
   */
  subsetOf?: string;
  /** For a rate: the count measures it is made of, withheld wherever either is. */
  rateOf?: { numerator: string; denominator: string };
  /** Counts of people (not of police operations) fall under disclosure control. */
  countsPeople: boolean;
  /**
   * For the operational group (analysts, members) only: never released to funders or councillors,
   * so disclosure control never has to audit it beside the measure it is a subset of.
   */
  operationalOnly?: boolean;
  /** Whether figures for parts add up to the figure for the whole (false for rates). */
  additive: boolean;
  polarity: Polarity;
}

/** The measures of the GraphQL contract (shared/contract/graphql-core.md), declared once. */
export const MEASURES: readonly MeasureDefinition[] = [
  {
    id: 'police.operations',
    label: 'Kerb-crawler operations',
    description: 'Targeted police operations against kerb crawling (operations of type kerb_crawling).',
    unit: 'COUNT', dataset: 'police_operations',
    where: [{ column: 'operation_type', equals: 'kerb_crawling' }],
    countsPeople: false, additive: true, polarity: 'HIGHER_IS_BETTER',
  },
  {
    id: 'police.warning_letters',
    label: 'Kerb-crawler warning letters',
    description: 'Warning letters sent to suspected kerb crawlers.',
    unit: 'COUNT', dataset: 'warning_letters', where: [],
    countsPeople: true, additive: true, polarity: 'HIGHER_IS_BETTER',
  },
  {
    id: 'arrests.women_soliciting',
    label: 'Women arrested for soliciting',
    description: 'Arrests of women for soliciting for the purpose of selling sex.',
    unit: 'COUNT', dataset: 'arrests',
    where: [{ column: 'offence', equals: 'soliciting_to_sell' }, { column: 'sex', equals: 'female' }],
    countsPeople: true, additive: true, polarity: 'NO_TARGET',
  },
  {
    id: 'arrests.women_drug_test_referred',
    label: 'Women arrested and referred for a drug test',
    description: "Women arrested for soliciting who were referred for a drug test under Inspector's Authority.",
    unit: 'COUNT', dataset: 'arrests',
    where: [{ column: 'offence', equals: 'soliciting_to_sell' }, { column: 'sex', equals: 'female' }, { column: 'drug_test_referred', equals: true }],
    subsetOf: 'arrests.women_soliciting',
    countsPeople: true, additive: true, polarity: 'HIGHER_IS_BETTER',
  },
  {
    id: 'arrests.women_drug_test_referral_rate',
    label: 'Drug-test referral rate',
    description: 'Women referred for a drug test as a percentage of women arrested for soliciting.',
    unit: 'PERCENT', dataset: 'arrests',
    where: [{ column: 'offence', equals: 'soliciting_to_sell' }, { column: 'sex', equals: 'female' }],
    numerator: [{ column: 'drug_test_referred', equals: true }],
    rateOf: { numerator: 'arrests.women_drug_test_referred', denominator: 'arrests.women_soliciting' },
    countsPeople: true, additive: false, polarity: 'HIGHER_IS_BETTER',
  },
  {
    id: 'arrests.men_buying',
    label: 'Men arrested for buying sex',
    description: 'Arrests of men for soliciting for the purpose of buying sex (kerb crawling).',
    unit: 'COUNT', dataset: 'arrests',
    where: [{ column: 'offence', equals: 'soliciting_to_buy' }, { column: 'sex', equals: 'male' }],
    countsPeople: true, additive: true, polarity: 'HIGHER_IS_BETTER',
  },
  {
    id: 'gaia.referrals',
    label: 'Gaia Centre referrals',
    description: 'Referrals received by the Gaia Centre, across all eight VAWG strands.',
    unit: 'COUNT', dataset: 'gaia_referrals', where: [],
    countsPeople: true, additive: true, polarity: 'HIGHER_IS_BETTER',
  },
  {
    id: 'gaia.trafficking_forced_begging',
    label: 'Trafficking referrals for forced begging',
    description: 'Referrals to the Gaia Centre for trafficking whose exploitation type is recorded as forced begging (the exploitation type joined the import contract in 2026; a referral without one is not counted).',
    unit: 'COUNT', dataset: 'gaia_referrals',
    where: [{ column: 'strand', equals: 'trafficking' }, { column: 'exploitation_type', equals: 'forced_begging' }],
    subsetOf: 'gaia.referrals',
    // An emerging concern, not a service to grow: a rise may be more exploitation or better identification.
    // The operational group's: audited beside Gaia referrals it made each funder's first ward × strand table
    // of a year 5–7 times slower (42–60 s), so funders and councillors see it only as Gaia referrals by
    // exploitation type, under the trafficking threshold.
    countsPeople: true, additive: true, polarity: 'NO_TARGET', operationalOnly: true,
  },
  {
    id: 'chrysalis.move_ons',
    label: 'Chrysalis move-ons',
    description: 'Women moving on from the Chrysalis accommodation pathway.',
    unit: 'COUNT', dataset: 'chrysalis_move_ons', where: [],
    countsPeople: true, additive: true, polarity: 'HIGHER_IS_BETTER',
  },
];

const BY_ID = new Map(MEASURES.map((m) => [m.id, m]));

export function findMeasure(id: string): MeasureDefinition | undefined {
  return BY_ID.get(id);
}

/** A measure id argument, refused naming the argument and listing the measures there are. */
export function requireMeasure(argument: string, id: string): MeasureDefinition {
  const measure = findMeasure(id);
  if (!measure) throw badUserInput(argument, `unknown measure "${id}"; known measures: ${MEASURES.map((m) => m.id).join(', ')}`);
  return measure;
}
