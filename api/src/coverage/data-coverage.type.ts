import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../shared/date.scalar';

@ObjectType({ description: 'What one import dataset covers.' })
export class DatasetCoverage {
  @Field({ description: 'The import dataset, e.g. "gaia_referrals".' })
  dataset: string;

  @Field({ description: 'Plain-English name, e.g. "Referrals to the Gaia Centre".' })
  label: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When collection began (e.g. the service opened): periods before it are "not collected", never 0. '
      + 'From the reference data, or else the first month with records; null when neither is known.',
  })
  collectedFrom: string | null;

  @Field(() => String, { nullable: true, description: 'Why collection began then, e.g. "The Gaia Centre opened in January 2012"; null when collectedFrom is the first month with records.' })
  collectedFromReason: string | null;

  @Field(() => String, { nullable: true, description: 'First month with records, "YYYY-MM" (for funders and councillors: of the released months). Null when there are none.' })
  firstMonth: string | null;

  @Field(() => String, { nullable: true, description: 'Last month with records, "YYYY-MM" (for funders and councillors: of the released months). Null when there are none.' })
  lastMonth: string | null;

  @Field(() => [ID], { description: 'The ids of the measures that count this dataset\'s records.' })
  measures: string[];
}

@ObjectType({ description: 'Today\'s place in the financial calendar and what each dataset covers: the periods to offer.' })
export class DataCoverage {
  @Field(() => DateScalar, { description: 'The server\'s date in London (VAWG_TODAY when set).' })
  today: string;

  @Field({ description: 'The financial year today falls in, e.g. "2026/27".' })
  currentFinancialYear: string;

  @Field(() => String, { nullable: true, description: 'The latest financial quarter that ended before today, e.g. "2026/27 Q2".' })
  lastCompleteQuarter: string | null;

  @Field(() => [String], { description: 'Every financial year from the first in which any dataset was collected to currentFinancialYear, oldest first.' })
  financialYears: string[];

  @Field(() => [DatasetCoverage], { description: 'One per import dataset, in the catalogue\'s order.' })
  datasets: DatasetCoverage[];
}
