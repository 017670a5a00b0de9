import { Column, Entity } from 'typeorm';
import { DatasetRecord } from './dataset-record';

@Entity('arrest')
export class Arrest extends DatasetRecord {
  @Column({ name: 'ward_code', type: 'varchar', length: 9 })
  wardCode: string;

  @Column({ type: 'text' })
  offence: 'soliciting_to_sell' | 'soliciting_to_buy';

  @Column({ type: 'text' })
  sex: string;

  @Column({ name: 'age_band', type: 'text' })
  ageBand: string;

  @Column({ name: 'drug_test_referred', type: 'boolean', nullable: true })
  drugTestReferred: boolean | null;

  @Column({ name: 'drug_test_result', type: 'text', nullable: true })
  drugTestResult: string | null;

  @Column({ name: 'person_hash', type: 'char', length: 64, nullable: true })
  personHash: string | null;

  @Column({ name: 'operation_ref_hash', type: 'char', length: 64, nullable: true })
  operationRefHash: string | null;
}
