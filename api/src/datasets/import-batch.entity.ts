import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The record of one accepted import: what came in, from which file (by checksum), and who sent it. */
@Entity('import_batch')
export class ImportBatch {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'text' })
  dataset: string;

  /** SHA-256 of the file's bytes, so a file can be recognised without keeping it. */
  @Column({ type: 'char', length: 64 })
  checksum: string;

  @Column({ type: 'integer' })
  inserted: number;

  @Column({ type: 'integer' })
  updated: number;

  @Column({ type: 'integer' })
  unchanged: number;

  @Column({ type: 'integer' })
  rejected: number;

  @Column({ name: 'imported_by', type: 'text' })
  importedBy: string;

  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt: Date;

  /** Set when the batch's records were removed (undoImportBatch); the batch itself stays in the history. */
  @Column({ name: 'undone_at', type: 'timestamptz', nullable: true })
  undoneAt: Date | null;

  @Column({ name: 'undone_by', type: 'text', nullable: true })
  undoneBy: string | null;
}
