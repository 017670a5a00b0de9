/**
 * The import contract (shared/contract/import-formats.md) as data: one declaration per dataset
 * drives validation, hashing, storage and which breakdowns its measures allow.
 */
export const DATASET_NAMES = ['police_operations', 'warning_letters', 'arrests', 'gaia_referrals', 'chrysalis_move_ons'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export const DIMENSIONS = ['WARD', 'STRAND', 'AGE_BAND', 'SEX', 'REFERRAL_SOURCE', 'EXPLOITATION_TYPE', 'OFFENCE', 'DESTINATION'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const ARREST_AGE_BANDS = ['under_18', '18_24', '25_34', '35_44', '45_plus', 'unknown'] as const;
export const GAIA_AGE_BANDS = ['13_17', '18_24', '25_34', '35_44', '45_54', '55_plus', 'unknown'] as const;
export const OFFENCES = ['soliciting_to_sell', 'soliciting_to_buy'] as const;
export const OPERATION_TYPES = ['kerb_crawling', 'other'] as const;
export const DRUG_TEST_RESULTS = ['positive_cocaine', 'positive_opiates', 'positive_both', 'negative', 'not_tested'] as const;
export const REFERRAL_SOURCES = ['police', 'self', 'health', 'children_services', 'housing', 'probation', 'voluntary_sector', 'other'] as const;
/** The National Referral Mechanism's exploitation types, with forced begging apart (contract, added 2026). */
export const EXPLOITATION_TYPES = ['sexual', 'labour', 'criminal', 'forced_begging', 'domestic_servitude', 'unknown'] as const;
/** An exploitation type left empty: not recorded (every referral before 2026, and every one outside trafficking). */
export const NOT_RECORDED = 'not_recorded';
export const FROM_STEPS = ['1', '2', '3', 'emergency'] as const;
export const DESTINATIONS = [
  'independent_tenancy', 'other_supported_housing', 'family_or_friends', 'custody',
  'hospital_or_treatment', 'evicted', 'abandoned', 'other',
] as const;

export type ColumnKind =
  | { type: 'ref' }
  /** A reference to a record of another dataset, hashed in that dataset's namespace so it still matches. */
  | { type: 'refOf'; dataset: DatasetName }
  | { type: 'personRef' }
  | { type: 'date' }
  | { type: 'ward' }
  | { type: 'strand' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'boolean' }
  | { type: 'wholeNumber' };

export type Requirement =
  | 'required'
  | 'optional'
  | { when: (row: Readonly<Record<string, string>>) => boolean; description: string };

export interface ColumnSpec {
  name: string;
  dbColumn: string;
  kind: ColumnKind;
  requirement: Requirement;
  /**
   * Stored (and counted) for an empty value, where the empty value needs a code of its own that
   * the contract's values already use otherwise ("unknown" is a recorded exploitation type).
   */
  storedWhenEmpty?: string;
  /** A value is allowed only when another column of the row has this value; empty is always allowed. */
  onlyWhen?: { column: string; equals: string };
}

export interface DatasetSpec {
  name: DatasetName;
  table: string;
  label: string;
  columns: ColumnSpec[];
  /** Breakdowns a measure on this dataset can be grouped or filtered by, and the column behind each. */
  dimensions: Partial<Record<Dimension, string>>;
}

const ref: ColumnSpec = { name: 'ref', dbColumn: 'ref_hash', kind: { type: 'ref' }, requirement: 'required' };
const date: ColumnSpec = { name: 'date', dbColumn: 'date', kind: { type: 'date' }, requirement: 'required' };
const ward: ColumnSpec = { name: 'ward_code', dbColumn: 'ward_code', kind: { type: 'ward' }, requirement: 'required' };
const personRef: ColumnSpec = { name: 'person_ref', dbColumn: 'person_hash', kind: { type: 'personRef' }, requirement: 'optional' };
const operationRef: ColumnSpec = {
  name: 'operation_ref', dbColumn: 'operation_ref_hash', kind: { type: 'refOf', dataset: 'police_operations' }, requirement: 'optional',
};
const enumColumn = (name: string, values: readonly string[], requirement: Requirement = 'required'): ColumnSpec => ({
  name, dbColumn: name, kind: { type: 'enum', values }, requirement,
});

export const DATASETS: Record<DatasetName, DatasetSpec> = {
  police_operations: {
    name: 'police_operations',
    table: 'police_operation',
    label: 'Targeted police operations',
    columns: [ref, date, ward, enumColumn('operation_type', OPERATION_TYPES)],
    dimensions: { WARD: 'ward_code' },
  },
  warning_letters: {
    name: 'warning_letters',
    table: 'warning_letter',
    label: 'Kerb-crawler warning letters',
    columns: [ref, date, ward, operationRef],
    dimensions: { WARD: 'ward_code' },
  },
  arrests: {
    name: 'arrests',
    table: 'arrest',
    label: 'Arrests for soliciting',
    columns: [
      ref, date, ward,
      enumColumn('offence', OFFENCES),
      enumColumn('sex', SEXES),
      enumColumn('age_band', ARREST_AGE_BANDS),
      {
        name: 'drug_test_referred', dbColumn: 'drug_test_referred', kind: { type: 'boolean' },
        requirement: { when: (row) => row.offence === 'soliciting_to_sell', description: 'required when offence is soliciting_to_sell' },
      },
      enumColumn('drug_test_result', DRUG_TEST_RESULTS, 'optional'),
      personRef, operationRef,
    ],
    dimensions: { WARD: 'ward_code', AGE_BAND: 'age_band', SEX: 'sex', OFFENCE: 'offence' },
  },
  gaia_referrals: {
    name: 'gaia_referrals',
    table: 'gaia_referral',
    label: 'Referrals to the Gaia Centre',
    columns: [
      ref, date,
      { name: 'strand', dbColumn: 'strand', kind: { type: 'strand' }, requirement: 'required' },
      { ...ward, requirement: 'optional' },
      enumColumn('age_band', GAIA_AGE_BANDS),
      enumColumn('sex', SEXES),
      enumColumn('referral_source', REFERRAL_SOURCES),
      {
        ...enumColumn('exploitation_type', EXPLOITATION_TYPES, 'optional'),
        storedWhenEmpty: NOT_RECORDED,
        onlyWhen: { column: 'strand', equals: 'trafficking' },
      },
      personRef,
    ],
    dimensions: {
      WARD: 'ward_code', STRAND: 'strand', AGE_BAND: 'age_band', SEX: 'sex', REFERRAL_SOURCE: 'referral_source', EXPLOITATION_TYPE: 'exploitation_type',
    },
  },
  chrysalis_move_ons: {
    name: 'chrysalis_move_ons',
    table: 'chrysalis_move_on',
    label: 'Move-ons from the Chrysalis accommodation pathway',
    columns: [
      ref, date,
      enumColumn('from_step', FROM_STEPS),
      enumColumn('destination', DESTINATIONS),
      { name: 'planned', dbColumn: 'planned', kind: { type: 'boolean' }, requirement: 'required' },
      { name: 'length_of_stay_days', dbColumn: 'length_of_stay_days', kind: { type: 'wholeNumber' }, requirement: 'optional' },
      personRef,
    ],
    // No location by design: the accommodation's addresses must never be inferable.
    dimensions: { DESTINATION: 'destination' },
  },
};

export function isDatasetName(name: string): name is DatasetName {
  return (DATASET_NAMES as readonly string[]).includes(name);
}
