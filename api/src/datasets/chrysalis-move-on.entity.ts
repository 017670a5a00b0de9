import { Column, Entity } from 'typeorm';
import { DatasetRecord } from './dataset-record';

/** No location column, by design: the accommodation's addresses must never be inferable. */
@Entity('chrysalis_move_on')
export class ChrysalisMoveOn extends DatasetRecord {
  @Column({ name: 'from_step', type: 'text' })
  fromStep: '1' | '2' | '3' | 'emergency';

  @Column({ type: 'text' })
  destination: string;

  @Column({ type: 'boolean' })
  planned: boolean;

  @Column({ name: 'length_of_stay_days', type: 'integer', nullable: true })
  lengthOfStayDays: number | null;

  @Column({ name: 'person_hash', type: 'char', length: 64, nullable: true })
  personHash: string | null;
}
