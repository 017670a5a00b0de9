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

  /** Trafficking referrals only; "not_recorded" when the file left it empty or had no such column. */
  @Column({ name: 'exploitation_type', type: 'text', default: 'not_recorded' })
  exploitationType: string;

  @Column({ name: 'person_hash', type: 'char', length: 64, nullable: true })
  personHash: string | null;
}
