import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { AssuranceIcon, Direction, LimitsStatus, SpecialCauseRule, VariationIcon } from './spc.types';

// GraphQL names (keys) for the SPC module's own values, so results pass through without mapping.
export const VariationIconEnum: Record<string, VariationIcon> = {
  COMMON_CAUSE: 'common_cause',
  SPECIAL_CAUSE_IMPROVEMENT: 'special_cause_improvement',
  SPECIAL_CAUSE_CONCERN: 'special_cause_concern',
  SPECIAL_CAUSE_HIGH: 'special_cause_high',
  SPECIAL_CAUSE_LOW: 'special_cause_low',
};
registerEnumType(VariationIconEnum, {
  name: 'VariationIcon',
  description: 'NHS "Making Data Count" variation icon of the latest point. HIGH/LOW: unusual where neither direction is better.',
});

export const AssuranceIconEnum: Record<string, AssuranceIcon> = {
  CONSISTENTLY_PASSES: 'consistently_passes',
  CONSISTENTLY_FAILS: 'consistently_fails',
  HIT_AND_MISS: 'hit_and_miss',
};
registerEnumType(AssuranceIconEnum, { name: 'AssuranceIcon', description: 'Whether the process can be relied on to meet its monthly target.' });

export const SpecialCauseRuleEnum: Record<string, SpecialCauseRule> = {
  OUTSIDE_LIMITS: 'outside_limits',
  SHIFT: 'shift',
  TREND: 'trend',
  TWO_OF_THREE: 'two_of_three',
};
registerEnumType(SpecialCauseRuleEnum, {
  name: 'SpecialCauseRule',
  description: 'OUTSIDE_LIMITS: beyond a process limit; SHIFT: 7 in a row on one side of the mean; TREND: 7 in a row rising or falling; TWO_OF_THREE: 2 of 3 beyond the near-limit band.',
});

export const DirectionEnum: Record<string, Direction> = { HIGH: 'high', LOW: 'low' };
registerEnumType(DirectionEnum, { name: 'Direction', description: 'Which side of the mean (or which way a trend runs).' });

export const LimitsStatusEnum: Record<string, LimitsStatus> = { TRIAL: 'trial', LOCKED: 'locked' };
registerEnumType(LimitsStatusEnum, { name: 'LimitsStatus', description: 'TRIAL while a segment has fewer than 12 points; then LOCKED at its first 12.' });

@ObjectType({ description: 'One special-cause rule that a point meets.' })
export class SpecialCause {
  @Field(() => SpecialCauseRuleEnum)
  rule: SpecialCauseRule;

  @Field(() => DirectionEnum)
  direction: Direction;
}

@ObjectType({ description: 'One month of an XmR chart. Limits are drawn clamped at zero; null while a segment has a single point.' })
export class SpcPoint {
  @Field({ description: 'The month, e.g. "2012-04".' })
  period: string;

  @Field(() => Float)
  value: number;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => Float, { nullable: true })
  upperLimit: number | null;

  @Field(() => Float, { nullable: true })
  lowerLimit: number | null;

  @Field(() => Float, { nullable: true })
  upperNear: number | null;

  @Field(() => Float, { nullable: true })
  lowerNear: number | null;

  @Field(() => Int, { description: 'Baseline number: 0, then one more after each break.' })
  segment: number;

  @Field(() => LimitsStatusEnum)
  limitsStatus: LimitsStatus;

  @Field(() => [SpecialCause])
  specialCauses: SpecialCause[];
}
