import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DateScalar } from '../shared/date.scalar';
import { EmergingIssueStatusEnum, type EmergingIssueStatus } from './emerging-issue-status';
import { EmergingIssueUpdate } from './emerging-issue-update.entity';

/** An entry of the emerging-issues register: a concern the operational group is watching. */
@ObjectType({ description: 'An entry of the emerging-issues register.' })
@Entity('emerging_issue')
export class EmergingIssue {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Field(() => DateScalar)
  @Column({ name: 'first_raised', type: 'date' })
  firstRaised: string;

  @Field(() => EmergingIssueStatusEnum)
  @Column({ type: 'text' })
  status: EmergingIssueStatus;

  @Field(() => [ID], { description: 'Measure ids the issue concerns.' })
  @Column({ name: 'linked_measures', type: 'text', array: true, default: () => "'{}'" })
  linkedMeasures: string[];

  @Field(() => [String], { description: 'Gaia strand codes the issue concerns.' })
  @Column({ name: 'linked_strands', type: 'text', array: true, default: () => "'{}'" })
  linkedStrands: string[];

  @Field({ description: 'Where the concern came from, e.g. a report.' })
  @Column({ type: 'text' })
  source: string;

  @Field({ description: 'Who follows it up.' })
  @Column({ type: 'text' })
  owner: string;

  @Field(() => [EmergingIssueUpdate], { description: 'Dated updates, newest first.' })
  @OneToMany(() => EmergingIssueUpdate, (update) => update.issue)
  updates: EmergingIssueUpdate[];

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
