import { Column, PrimaryColumn } from 'typeorm';

/** Columns every imported record has: the keyed hash of the partner's ref, the date, and its batch. */
export abstract class DatasetRecord {
  /** HMAC-SHA-256 of the partner's ref (hex); the ref itself is never stored. */
  @PrimaryColumn({ name: 'ref_hash', type: 'char', length: 64 })
  refHash: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ name: 'batch_id', type: 'integer' })
  batchId: number;
}
