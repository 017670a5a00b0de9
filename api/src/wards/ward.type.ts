import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../shared/date.scalar';

@ObjectType('Ward', { description: 'An electoral ward of Lambeth: public geography, with the days its code was valid.' })
export class WardType {
  @Field({ description: 'ONS GSS ward code, e.g. "E05014095".' })
  code: string;

  @Field({ description: 'e.g. "Brixton Acre Lane".' })
  name: string;

  @Field(() => DateScalar, { description: 'First day the ward existed.' })
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day the ward existed; null while it is current.' })
  validTo: string | null;

  @Field({ description: 'The ONS vintage its code was issued in, e.g. "WD22" (wards since 5 May 2022) or "WD02" (2002 to 2022).' })
  vintage: string;
}
