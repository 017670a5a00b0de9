import { enumOf } from '../shared/graphql-enum';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import type { Dimension } from '../datasets/dataset-catalogue';
import { DateScalar } from '../shared/date.scalar';
import { DimensionEnum, Measure } from '../measures/measure.type';
import { GRANULARITIES } from '../shared/financial-periods';

export const GranularityEnum = enumOf(GRANULARITIES);
registerEnumType(GranularityEnum, {
  name: 'Granularity',
  description: 'Period of each row: calendar MONTH, financial QUARTER (Q1 = April to June) or FINANCIAL_YEAR (April to March).',
});

@ObjectType({ description: 'A month, financial quarter or financial year.' })
export class Period {
  @Field({ description: 'e.g. "2012-04", "2012/13 Q1", "2012/13".' })
  label: string;

  @Field(() => DateScalar, { description: 'First day, inclusive.' })
  start: string;

  @Field(() => DateScalar, { description: 'Last day, inclusive.' })
  end: string;
}

@ObjectType({ description: 'The value of one dimension for a row, e.g. the ward Oval.' })
export class DimensionValue {
  @Field(() => DimensionEnum)
  dimension: Dimension;

  @Field({ description: 'Stable code, e.g. a GSS ward code or a strand code.' })
  code: string;

  @Field({ description: 'Plain-English name.' })
  label: string;
}

@ObjectType({ description: 'One figure: a period and/or a combination of dimension values.' })
export class FigureRow {
  @Field(() => Period, { nullable: true, description: 'Null when no granularity was asked for.' })
  period: Period | null;

  @Field(() => [DimensionValue], { description: 'One value per groupBy dimension, in the order asked.' })
  key: DimensionValue[];

  @Field(() => Float, { nullable: true, description: 'Null exactly when suppressed is true.' })
  value: number | null;

  @Field({ description: 'True when the value is withheld to protect individuals (shown as [c]).' })
  suppressed: boolean;
}

@ObjectType({ description: 'The answer to a figures query.' })
export class FigureResult {
  @Field(() => Measure)
  measure: Measure;

  @Field(() => Float, { nullable: true, description: 'The figure for the whole period and filter, computed from the records.' })
  total: number | null;

  @Field({ description: 'True when the total is withheld.' })
  suppressed: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Funders and councillors see counts of people as released: the last month of the latest release ("YYYY-MM"); '
      + 'later months are not published yet, and no rows are listed for them. Null for live figures (and when nothing is released yet).',
  })
  releasedThrough?: string | null;

  @Field({ description: 'True only for estimates (Query.wardBoundaryEstimates), never to be read or summed as counts; false for every other figure.' })
  estimated?: boolean;

  @Field(() => [FigureRow], { description: 'In period order, then key order.' })
  rows: FigureRow[];

  @Field(() => [Period], {
    description: 'Periods asked for (by the granularity) that end before the dataset began to be collected: they have no row, as their '
      + 'figure is not collected, never 0. A period that straddles collectedFrom has a row counting what was collected.',
  })
  notCollected: Period[];

  @Field(() => [Period], {
    description: 'Periods asked for (by the granularity) that begin after today: they have no row, as nothing can have been recorded '
      + 'for them yet, never 0. The period under way has a row counting what has been recorded so far. A request that begins after today '
      + 'is refused (code NOT_YET_BEGUN).',
  })
  notYetBegun: Period[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the dataset began to be collected (e.g. the service opened): the reference date, or else the first month with records. '
      + 'Null when neither is known (no records yet).',
  })
  collectedFrom: string | null;
}
