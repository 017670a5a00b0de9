import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Measure } from '../measures/measure.type';
import { notAFinancialYear } from '../shared/argument-validation';

@ObjectType({ description: 'One figure of a quarterly return.' })
export class ReturnCell {
  @Field(() => Int, { nullable: true, description: 'Financial quarter 1–4; null for the whole year (always the live figure).' })
  quarter: number | null;

  @Field(() => Float, { nullable: true, description: 'Null for a rate with nothing to divide by, and where notCollected is true.' })
  value: number | null;

  @Field({ description: 'True for a quarter (or the year) that ended before the dataset began to be collected: "not collected", never 0.' })
  notCollected: boolean;

  @Field({ description: 'True when this quarter was published: the value is frozen as published.' })
  published: boolean;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who published the quarter; null while it is not published.' })
  publishedBy: string | null;
}

@ObjectType({ description: 'One headline measure across the quarters of a return.' })
export class ReturnLine {
  @Field(() => Measure)
  measure: Measure;

  @Field(() => [ReturnCell], { description: 'Q1, Q2, Q3, Q4, then the year.' })
  cells: ReturnCell[];
}

@ObjectType({ description: 'A change to a published figure, found when later records arrived.' })
export class FigureRevision {
  @Field()
  financialYear: string;

  @Field(() => Int)
  quarter: number;

  @Field(() => Measure)
  measure: Measure;

  @Field(() => Float, { nullable: true, description: 'The figure before the change: the published one, or the last revision’s; null when there was no figure (a revision after one to no figure).' })
  oldValue: number | null;

  @Field(() => Float, { nullable: true, description: 'What the records say now; null when they no longer give any figure (e.g. the dataset’s only import was undone).' })
  newValue: number | null;

  @Field({ description: 'When the import that changed it ran.' })
  detectedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The import batch whose records changed the figure (see importBatches); null when none is recorded.' })
  batchId: number | null;
}

@ObjectType({ description: 'Every headline measure by quarter for a financial year: the return funders receive.' })
export class QuarterlyReturn {
  @Field()
  financialYear: string;

  @Field(() => [ReturnLine])
  lines: ReturnLine[];

  @Field(() => [FigureRevision], { description: 'Changes to published figures since publication, oldest first.' })
  revisions: FigureRevision[];
}

@ArgsType()
export class QuarterlyReturnArgs {
  @Field({ description: 'e.g. "2012/13".' })
  @IsString()
  @MaxLength(20, { message: ({ value }) => notAFinancialYear(value) })
  financialYear: string;
}

const QUARTER = { message: ({ value }: { value: unknown }) => `must be 1, 2, 3 or 4; got ${String(value)}` };

@ArgsType()
export class PublishQuarterArgs extends QuarterlyReturnArgs {
  @Field(() => Int, { description: 'The financial quarter to freeze, 1–4 (Q1 = April to June).' })
  @IsInt(QUARTER)
  @Min(1, QUARTER)
  @Max(4, QUARTER)
  quarter: number;
}
