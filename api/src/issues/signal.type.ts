import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { Dimension } from '../datasets/dataset-catalogue';
import { DimensionEnum, Measure } from '../measures/measure.type';
import { DirectionEnum, SpecialCauseRuleEnum } from '../spc/spc-chart.type';
import type { Direction, SpecialCauseRule } from '../spc/spc.types';
import { EmergingIssue } from './emerging-issue.entity';

@ObjectType({ description: 'A strand or ward series of a measure whose latest months show special-cause variation.' })
export class Signal {
  @Field(() => ID, { description: 'Stable: "<measure>|<dimension>|<code>", e.g. "gaia.referrals|STRAND|trafficking".' })
  id: string;

  @Field(() => Measure)
  measure: Measure;

  @Field(() => DimensionEnum, { description: 'STRAND or WARD.' })
  dimension: Dimension;

  @Field({ description: 'The strand code or ward GSS code.' })
  code: string;

  @Field({ description: 'The strand\'s or ward\'s name.' })
  label: string;

  @Field({ description: 'The most recent month (of the series\' last three) showing special cause, e.g. "2014-03".' })
  latestPeriod: string;

  @Field(() => DirectionEnum)
  direction: Direction;

  @Field({ description: '"improvement", "concern" or "neither" (an activity-only measure), from the measure\'s polarity.' })
  meaning: string;

  @Field(() => [SpecialCauseRuleEnum], { description: 'The rules that month meets in that direction.' })
  rules: SpecialCauseRule[];

  @Field(() => Float, { description: 'Rule severity × recency × (1 + size): higher first. See the signals query.' })
  score: number;

  @Field({ description: 'One plain-English sentence.' })
  summary: string;

  @Field(() => EmergingIssue, { nullable: true, description: 'The register entry the signal is filed under, if any.' })
  linkedIssue: EmergingIssue | null;
}
