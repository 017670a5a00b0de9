import { ArrayMaxSize, IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import type { Dimension } from '../datasets/dataset-catalogue';
import { DimensionEnum } from '../measures/measure.type';
import { DateScalar } from '../shared/date.scalar';
import type { Granularity } from '../shared/financial-periods';
import { FigureFilter } from './figure-filter.input';
import { GranularityEnum } from './figure-result.type';

/** The figures query's arguments, in the contract's order (shared/contract/graphql-core.md). */
@ArgsType()
export class FiguresArgs {
  @Field(() => ID, { description: 'A measure id from the measures catalogue, e.g. "gaia.referrals".' })
  @IsString()
  @MaxLength(100)
  measure: string;

  @Field(() => String, { nullable: true, description: 'e.g. "2012/13" (1 April 2012 to 31 March 2013). Or give from/to.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  financialYear?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day, inclusive (YYYY-MM-DD). Absent: when the dataset began to be collected.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, inclusive (YYYY-MM-DD). Absent: today.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  to?: string | null;

  @Field(() => GranularityEnum, { nullable: true, description: 'Absent: one row for the whole period.' })
  @IsOptional()
  granularity?: Granularity | null;

  @Field(() => [DimensionEnum], { nullable: true, description: 'Break the figures down by these dimensions (see Measure.dimensions).' })
  @IsOptional()
  @ArrayMaxSize(3)
  groupBy?: Dimension[] | null;

  @Field(() => FigureFilter, { nullable: true })
  @IsOptional()
  filter?: FigureFilter | null;
}
