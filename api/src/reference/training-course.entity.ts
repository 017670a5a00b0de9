import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A session of the free Lambeth VAWG training programme. */
@Entity('training_course')
export class TrainingCourse {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'text' })
  course: string;

  @Column({ name: 'half_day', type: 'boolean' })
  halfDay: boolean;
}
