import { ArrayMaxSize, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../shared/date.scalar';
import { EMERGING_ISSUE_STATUSES, EmergingIssueStatusEnum, type EmergingIssueStatus } from './emerging-issue-status';

@InputType({ description: 'An emerging issue as an analyst records it; updating replaces every field.' })
export class EmergingIssueInput {
  @Field({ description: 'At most 200 characters.' })
  @IsString()
  @MaxLength(1000)
  title: string;

  @Field({ description: 'At most 5,000 characters.' })
  @IsString()
  @MaxLength(20000)
  description: string;

  @Field(() => DateScalar, { description: 'When the concern was first raised (YYYY-MM-DD).' })
  @IsString()
  @MaxLength(20)
  firstRaised: string;

  @Field(() => EmergingIssueStatusEnum)
  @IsIn(EMERGING_ISSUE_STATUSES)
  status: EmergingIssueStatus;

  @Field(() => [ID], { nullable: true, description: 'Measure ids the issue concerns.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  linkedMeasures?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Gaia strand codes the issue concerns.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  linkedStrands?: string[] | null;

  @Field({ description: 'Where the concern came from (at most 200 characters).' })
  @IsString()
  @MaxLength(1000)
  source: string;

  @Field({ description: 'Who follows it up (at most 200 characters).' })
  @IsString()
  @MaxLength(1000)
  owner: string;
}

@ArgsType()
export class EmergingIssuesArgs {
  @Field(() => EmergingIssueStatusEnum, { nullable: true, description: 'Only issues with this status. Absent: all.' })
  @IsOptional()
  @IsIn(EMERGING_ISSUE_STATUSES)
  status?: EmergingIssueStatus | null;
}

@ArgsType()
export class CreateEmergingIssueArgs {
  @Field(() => EmergingIssueInput)
  @ValidateNested()
  input: EmergingIssueInput;
}

@ArgsType()
export class UpdateEmergingIssueArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(20)
  id: string;

  @Field(() => EmergingIssueInput)
  @ValidateNested()
  input: EmergingIssueInput;
}

@ArgsType()
export class AddEmergingIssueUpdateArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(20)
  id: string;

  @Field(() => DateScalar, { description: 'The day of the update (YYYY-MM-DD).' })
  @IsString()
  @MaxLength(20)
  date: string;

  @Field({ description: 'What has happened (at most 5,000 characters).' })
  @IsString()
  @MaxLength(20000)
  text: string;
}
