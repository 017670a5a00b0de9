import { ArrayMaxSize, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/** Every filter list: optional, at most 100 short codes (codes themselves are checked against the reference). */
function CodeList(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    ArrayMaxSize(100)(target, key);
    IsString({ each: true })(target, key);
    MaxLength(40, { each: true })(target, key);
  };
}

@InputType({ description: 'Keep only records whose value is one of the codes given, per dimension. Absent means no restriction.' })
export class FigureFilter {
  @CodeList()
  @Field(() => [String], { nullable: true, description: 'GSS ward codes, or "unknown" for Gaia referrals with no ward.' })
  ward?: string[] | null;

  @CodeList()
  @Field(() => [String], { nullable: true, description: 'Gaia strand codes, e.g. "trafficking".' })
  strand?: string[] | null;

  @CodeList()
  @Field(() => [String], { nullable: true })
  ageBand?: string[] | null;

  @CodeList()
  @Field(() => [String], { nullable: true })
  sex?: string[] | null;

  @CodeList()
  @Field(() => [String], { nullable: true })
  referralSource?: string[] | null;

  @CodeList()
  @Field(() => [String], { nullable: true, description: 'Trafficking exploitation types, e.g. "forced_begging"; "not_recorded" where none was recorded.' })
  exploitationType?: string[] | null;

  @CodeList()
  @Field(() => [String], { nullable: true })
  offence?: string[] | null;

  @CodeList()
  @Field(() => [String], { nullable: true })
  destination?: string[] | null;
}
