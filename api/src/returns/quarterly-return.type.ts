import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import { Measure } from '../measures/measure.type';

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

  @Field(() => Float)
  oldValue: number;

  @Field(() => Float)
  newValue: number;

  @Field()
  detectedAt: Date;
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
  @MaxLength(20)
  financialYear: string;
}

@ArgsType()
export class PublishQuarterArgs extends QuarterlyReturnArgs {
  @Field(() => Int, { description: 'The financial quarter to freeze, 1–4 (Q1 = April to June).' })
  @IsInt()
  @Min(1)
  @Max(4)
  quarter: number;
}
