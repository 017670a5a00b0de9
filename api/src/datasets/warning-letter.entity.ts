import { Column, Entity } from 'typeorm';
import { DatasetRecord } from './dataset-record';

@Entity('warning_letter')
export class WarningLetter extends DatasetRecord {
  @Column({ name: 'ward_code', type: 'varchar', length: 9 })
  wardCode: string;

  @Column({ name: 'operation_ref_hash', type: 'char', length: 64, nullable: true })
  operationRefHash: string | null;
}
