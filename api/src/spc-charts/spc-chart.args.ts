import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { DateScalar } from '../shared/date.scalar';

@ArgsType()
export class SpcChartArgs {
  @Field(() => ID, { description: 'A measure id, e.g. "gaia.referrals".' })
  @IsString()
  @MaxLength(100)
  measure: string;

  @Field(() => String, { nullable: true, description: 'Only this Gaia strand (for measures with strands), e.g. "trafficking".' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  strand?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this ward (GSS code), for measures with wards.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  ward?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day (widened to its whole month). Absent: when the dataset began to be collected, or its first month with records if later.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day (widened to its whole month). Absent: the last full month with data.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  to?: string | null;
}
