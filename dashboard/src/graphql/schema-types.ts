// Scalars and enums of the API schema (schema/schema.graphql) that more than one feature reads.

/** A calendar date written YYYY-MM-DD. */
export type IsoDate = string;

export type MeasureUnit = 'COUNT' | 'PERCENT';

export type Granularity = 'MONTH' | 'QUARTER' | 'FINANCIAL_YEAR';

export interface Period {
  /** e.g. "2012-04", "2012/13 Q1", "2012/13". */
  label: string;
  start: IsoDate;
  end: IsoDate;
}

export type Polarity = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NO_TARGET';

export type Dimension = 'WARD' | 'STRAND' | 'AGE_BAND' | 'SEX' | 'REFERRAL_SOURCE' | 'OFFENCE' | 'DESTINATION';

/** A target's status: NONE when the measure has no target ("activity only"). */
export type Rag = 'GREEN' | 'AMBER' | 'RED' | 'NONE';

/** NHS "Making Data Count" variation icon of the latest point; HIGH/LOW where neither direction is better. */
export type VariationIcon =
  | 'COMMON_CAUSE'
  | 'SPECIAL_CAUSE_IMPROVEMENT'
  | 'SPECIAL_CAUSE_CONCERN'
  | 'SPECIAL_CAUSE_HIGH'
  | 'SPECIAL_CAUSE_LOW';

export type AssuranceIcon = 'CONSISTENTLY_PASSES' | 'CONSISTENTLY_FAILS' | 'HIT_AND_MISS';

export type SpecialCauseRule = 'OUTSIDE_LIMITS' | 'SHIFT' | 'TREND' | 'TWO_OF_THREE';

export type Direction = 'HIGH' | 'LOW';

export type LimitsStatus = 'TRIAL' | 'LOCKED';

export type EmergingIssueStatus = 'WATCHING' | 'ESCALATED' | 'CLOSED';

export interface SpecialCause {
  rule: SpecialCauseRule;
  direction: Direction;
}
