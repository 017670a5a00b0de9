import { ArrayMaxSize, IsIn, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import type { Polarity } from '../measures/measure-catalogue';
import { PolarityEnum } from '../measures/measure.type';
import { DEFAULT_TOLERANCE } from './rag-status';

@InputType({ description: 'A target for one financial year and measure; setting it again replaces it.' })
export class SetTargetInput {
  @Field({ description: 'e.g. "2013/14".' })
  @IsString()
  @MaxLength(20)
  financialYear: string;

  @Field(() => ID, { description: 'A measure id, e.g. "police.operations".' })
  @IsString()
  @MaxLength(100)
  measure: string;

  @Field(() => Float, { nullable: true, description: 'The annual target (for a rate, the percentage to hold); leave out for activity only (NO_TARGET).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value?: number | null;

  @Field(() => PolarityEnum)
  @IsIn(Object.keys(PolarityEnum))
  polarity: Polarity;

  @Field(() => Float, { nullable: true, defaultValue: DEFAULT_TOLERANCE, description: 'How far behind profile still counts as amber, as a fraction from 0 to 1.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  tolerance?: number | null;

  @Field(() => [Float], { nullable: true, description: 'The target in each quarter from April: 4 amounts adding up to value, or 4 fractions adding up to 1. Absent: even.' })
  @IsOptional()
  @ArrayMaxSize(12)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  quarterlyProfile?: number[] | null;

  @Field(() => String, { nullable: true, description: 'The partner who owns the target.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ownerPartner?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@ArgsType()
export class SetTargetArgs {
  @Field(() => SetTargetInput)
  @ValidateNested()
  input: SetTargetInput;
}
