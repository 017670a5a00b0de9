import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A dated event in the partnership's history (campaign, service launch), drawn on time charts. */
@Entity('timeline_event')
export class TimelineEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  source: string;
}
