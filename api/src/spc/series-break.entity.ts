import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '../shared/date.scalar';

/**
 * A recorded break in a measure's series (e.g. a change of recording system): SPC starts a new
 * baseline with the month containing startsOn, for the measure and every strand or ward of it.
 */
@ObjectType({ description: 'A break in a measure\'s series: the SPC chart starts a new baseline with the month containing startsOn.' })
@Entity('series_break')
export class SeriesBreak {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'The measure id, e.g. "gaia.referrals".' })
  @Column({ type: 'text' })
  measure: string;

  @Field(() => DateScalar)
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field({ description: 'Why the series breaks, e.g. "New recording system".' })
  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
