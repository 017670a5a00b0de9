import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../shared/date.scalar';

@ObjectType({ description: 'A dated event drawn on time charts: a timeline event (kind strategy, service or campaign) or an analyst\'s note (kind note).' })
export class Annotation {
  @Field(() => ID, { description: '"timeline:<n>" or "note:<n>".' })
  id: string;

  @Field(() => DateScalar)
  date: string;

  @Field({ description: 'strategy, service or campaign (timeline events); note (analysts\' notes).' })
  kind: string;

  @Field()
  title: string;

  @Field({ description: 'The document the event comes from, or "Analyst\'s note".' })
  source: string;
}
