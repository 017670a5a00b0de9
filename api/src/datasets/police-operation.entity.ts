import { Column, Entity } from 'typeorm';
import { DatasetRecord } from './dataset-record';

@Entity('police_operation')
export class PoliceOperation extends DatasetRecord {
  @Column({ name: 'ward_code', type: 'varchar', length: 9 })
  wardCode: string;

  @Column({ name: 'operation_type', type: 'text' })
  operationType: 'kerb_crawling' | 'other';
}
