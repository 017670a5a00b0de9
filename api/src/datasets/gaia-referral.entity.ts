import { Column, Entity } from 'typeorm';
import { DatasetRecord } from './dataset-record';

@Entity('gaia_referral')
export class GaiaReferral extends DatasetRecord {
  @Column({ type: 'text' })
  strand: string;

  /** Home ward; null means unknown or outside the borough. */
  @Column({ name: 'ward_code', type: 'varchar', length: 9, nullable: true })
  wardCode: string | null;

  @Column({ name: 'age_band', type: 'text' })
  ageBand: string;

  @Column({ type: 'text' })
  sex: string;

  @Column({ name: 'referral_source', type: 'text' })
  referralSource: string;

  @Column({ name: 'person_hash', type: 'char', length: 64, nullable: true })
  personHash: string | null;
}
