import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { GRANULARITIES, type Granularity } from '../shared/financial-periods';
import { GranularityEnum } from '../figures/figure-result.type';
import { DateScalar } from '../shared/date.scalar';

@ArgsType()
export class WardsArgs {
  @Field(() => DateScalar, { nullable: true, description: 'The wards valid on this day (YYYY-MM-DD). Absent: today.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  on?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Every ward of every vintage, oldest first, instead of the wards of one day.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean | null;
}

@ArgsType()
export class WardBoundaryEstimatesArgs {
  @Field({ description: 'The ward whose boundaries the estimates are on, e.g. "E05014095".' })
  @IsString()
  @MaxLength(20)
  ward: string;

  @Field(() => ID, { description: 'A count measure with a ward, e.g. "gaia.referrals" (rates do not add up, so have no estimates).' })
  @IsString()
  @MaxLength(100)
  measure: string;

  @Field(() => GranularityEnum, { nullable: true, defaultValue: 'FINANCIAL_YEAR' })
  @IsOptional()
  @IsIn(GRANULARITIES)
  granularity: Granularity | null;

  @Field(() => DateScalar, { description: 'First day, inclusive (YYYY-MM-DD); periods are whole.' })
  @IsString()
  @MaxLength(20)
  from: string;

  @Field(() => DateScalar, { description: 'Last day, inclusive (YYYY-MM-DD); only periods that ended before the ward began are estimated.' })
  @IsString()
  @MaxLength(20)
  to: string;
}
