import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Polarity } from '../measures/measure-catalogue';
import { Measure, PolarityEnum } from '../measures/measure.type';
import { AssuranceIconEnum, SpcPoint, VariationIconEnum } from '../spc/spc-chart.type';
import type { AssuranceIcon, VariationIcon } from '../spc/spc.types';
import type { RagStatus } from './rag-status';

export const RagEnum: Record<RagStatus, RagStatus> = { GREEN: 'GREEN', AMBER: 'AMBER', RED: 'RED', NONE: 'NONE' };
registerEnumType(RagEnum, {
  name: 'Rag',
  description: 'Red, amber, green against the target to date (see TargetStatus.rag).',
  valuesConfig: {
    GREEN: { description: 'On or ahead of profile.' },
    AMBER: { description: 'Behind profile by no more than the tolerance, or behind but better than the same period last year.' },
    RED: { description: 'Behind profile by more than the tolerance and no better than last year.' },
    NONE: { description: 'No target: an activity-only measure.' },
  },
});

@ObjectType('Target', { description: 'A measure\'s target for one financial year.' })
export class TargetView {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. "2012/13".' })
  financialYear: string;

  @Field(() => Measure)
  measure: Measure;

  @Field(() => Float, { nullable: true, description: 'The annual target (for a rate, the level to hold); null for activity only.' })
  value: number | null;

  @Field(() => PolarityEnum)
  polarity: Polarity;

  @Field(() => Float, { description: 'How far behind profile still counts as amber, as a fraction of the target to date (0.1 is 10%).' })
  tolerance: number;

  @Field(() => [Float], { description: 'The target in each quarter from April, adding up to value (even unless set). For a rate, the level in each quarter; empty for activity only.' })
  quarterlyProfile: number[];

  @Field(() => String, { nullable: true })
  ownerPartner: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: 'True for the demo\'s made-up targets: not agreed by the partnership.' })
  illustrative: boolean;
}

@ObjectType({ description: 'How a target stands at the end of a financial quarter.' })
export class TargetStatus {
  @Field(() => TargetView)
  target: TargetView;

  @Field()
  financialYear: string;

  @Field(() => Int, { description: '1 to 4; Q1 is April to June.' })
  quarter: number;

  @Field(() => Float, { description: 'From 1 April to the end of the quarter (for a rate: the rate over those months).' })
  actualToDate: number;

  @Field(() => Float, { nullable: true, description: 'The profiled target to the end of the quarter; null for activity only.' })
  targetToDate: number | null;

  @Field(() => Float, { nullable: true, description: 'Actual as a percentage of the target to date, e.g. 110.' })
  percentOfTarget: number | null;

  @Field(() => RagEnum)
  rag: RagStatus;

  @Field(() => Float, { nullable: true, description: 'The same months one year earlier; null when records had not begun by then.' })
  samePeriodLastYear: number | null;

  @Field(() => Float, { nullable: true, description: 'A fraction: 22 vs 12 gives 0.8333. Null when there is nothing to compare with.' })
  changeOnLastYear: number | null;

  @Field(() => Float, { nullable: true, description: 'At the run rate so far (actual to date ÷ months × 12); for a rate, the rate so far.' })
  yearEndForecast: number | null;

  @Field(() => VariationIconEnum, { nullable: true })
  variation: VariationIcon | null;

  @Field(() => AssuranceIconEnum, { nullable: true })
  assurance: AssuranceIcon | null;

  @Field(() => [SpcPoint], { description: 'Monthly XmR points from April of the previous financial year (or the first month with records) to the end of the quarter.' })
  sparkline: SpcPoint[];

  @Field({ description: 'One plain-English sentence.' })
  summary: string;
}

@ObjectType({ description: 'The quarterly review of a financial year at the end of a quarter: every target\'s status, and plainly said when there are none.' })
export class TargetReview {
  @Field({ description: 'e.g. "2026/27".' })
  financialYear: string;

  @Field(() => Int, { description: '1 to 4; Q1 is April to June.' })
  quarter: number;

  @Field({ description: 'False when no target has been set for the year: the review then has no rows, and says so in message.' })
  hasTargets: boolean;

  @Field(() => [TargetStatus], { description: 'One per target, in the measure catalogue\'s order (as Query.targetStatuses).' })
  statuses: TargetStatus[];

  @Field(() => [TargetView], { description: 'Targets whose measure was not collected at all in the year to date (e.g. before the service opened): no status, as there is no figure.' })
  notCollected: TargetView[];

  @Field(() => String, { nullable: true, description: 'One or two plain-English sentences to show above the rows, e.g. "No targets have been set for financial year 2026 to 2027. …"; null when the rows say it all.' })
  message: string | null;
}
