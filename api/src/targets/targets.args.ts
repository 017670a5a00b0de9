import { IsInt, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class TargetsArgs {
  @Field({ description: 'e.g. "2012/13".' })
  @IsString()
  @MaxLength(20)
  financialYear: string;
}

@ArgsType()
export class TargetStatusesArgs {
  @Field({ description: 'e.g. "2012/13".' })
  @IsString()
  @MaxLength(20)
  financialYear: string;

  @Field(() => Int, { description: '1 to 4; Q1 is April to June.' })
  @IsInt()
  quarter: number;
}
