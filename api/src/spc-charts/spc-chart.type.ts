import { Field, ObjectType } from 'type-graphql';
import { Annotation } from '../annotations/annotation.type';
import { Period } from '../figures/figure-result.type';
import { Measure } from '../measures/measure.type';
import { DateScalar } from '../shared/date.scalar';
import { SeriesBreak } from '../spc/series-break.entity';
import { AssuranceIconEnum, SpcPoint, VariationIconEnum } from '../spc/spc-chart.type';
import type { AssuranceIcon, VariationIcon } from '../spc/spc.types';

@ObjectType({ description: 'A measure\'s monthly series as an XmR chart, with its breaks and the annotations dated within it.' })
export class SpcChart {
  @Field(() => Measure)
  measure: Measure;

  @Field(() => String, { nullable: true, description: 'When the series is one Gaia strand: its code.' })
  strand: string | null;

  @Field(() => String, { nullable: true, description: 'When the series is one ward: its GSS code.' })
  ward: string | null;

  @Field(() => [SpcPoint])
  points: SpcPoint[];

  @Field(() => VariationIconEnum, { nullable: true, description: 'Of the latest point; null when there are too few points to judge.' })
  variation: VariationIcon | null;

  @Field(() => AssuranceIconEnum, { nullable: true, description: 'Against the monthly target of the latest month\'s financial year; null without a target.' })
  assurance: AssuranceIcon | null;

  @Field({ description: 'One plain-English sentence about the latest point.' })
  summary: string;

  @Field(() => [Period], { description: 'Months asked for that end before the dataset began to be collected: not charted, as they are not collected (never 0).' })
  notCollected: Period[];

  @Field(() => DateScalar, { nullable: true, description: 'When the dataset began to be collected (see DataCoverage); the series starts no earlier.' })
  collectedFrom: string | null;

  @Field(() => [SeriesBreak])
  breaks: SeriesBreak[];

  @Field(() => [Annotation], { description: 'Timeline events and analysts\' notes dated within the series.' })
  annotations: Annotation[];
}
