import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the Gaia Centre's eight VAWG strands. */
@Entity('strand')
export class Strand {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'integer' })
  position: number;
}
