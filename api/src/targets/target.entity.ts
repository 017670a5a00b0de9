import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Polarity } from '../measures/measure-catalogue';

/** One measure's target for one financial year, as the operational group agreed it (or, for the demo, illustrated it). */
@Entity('target')
export class Target {
  @PrimaryGeneratedColumn()
  id: number;

  /** "2012/13". */
  @Column({ name: 'financial_year', type: 'text' })
  financialYear: string;

  /** A measure id from the catalogue. */
  @Column({ type: 'text' })
  measure: string;

  /** The annual target (for a rate: the level to hold); null exactly when polarity is NO_TARGET. */
  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Column({ type: 'text' })
  polarity: Polarity;

  @Column({ type: 'double precision', default: 0.1 })
  tolerance: number;

  /** Amounts per quarter from April, adding up to value; null for an even profile. */
  @Column({ name: 'quarterly_profile', type: 'double precision', array: true, nullable: true })
  quarterlyProfile: number[] | null;

  @Column({ name: 'owner_partner', type: 'text', nullable: true })
  ownerPartner: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** True for the demo's made-up targets, so no one mistakes them for agreed ones. */
  @Column({ type: 'boolean', default: false })
  illustrative: boolean;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
