import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { DateScalar } from '../shared/date.scalar';

@ArgsType()
export class AddSeriesBreakArgs {
  @Field(() => ID, { description: 'A measure id; the break applies to its strands and wards too.' })
  @IsString()
  @MaxLength(100)
  measure: string;

  @Field(() => DateScalar, { description: 'The first day of the new baseline; the month containing it starts a new segment.' })
  @IsString()
  @MaxLength(20)
  startsOn: string;

  @Field({ description: 'Why, e.g. "New recording system" (at most 200 characters).' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason: string;
}

@ArgsType()
export class SeriesBreaksArgs {
  @Field(() => ID, { nullable: true, description: 'Only this measure\'s breaks. Absent: every measure\'s.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  measure?: string | null;
}

@ArgsType()
export class UpdateSeriesBreakArgs extends AddSeriesBreakArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(20)
  id: string;
}

@ArgsType()
export class RemoveSeriesBreakArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(20)
  id: string;
}
