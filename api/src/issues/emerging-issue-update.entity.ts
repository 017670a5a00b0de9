import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '../shared/date.scalar';
import type { EmergingIssue } from './emerging-issue.entity';

/** A dated note of progress on an emerging issue. */
@ObjectType({ description: 'A dated update on an emerging issue.' })
@Entity('emerging_issue_update')
export class EmergingIssueUpdate {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne('EmergingIssue', 'updates', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id' })
  issue: EmergingIssue;

  @Column({ name: 'issue_id', type: 'integer' })
  issueId: number;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  date: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
