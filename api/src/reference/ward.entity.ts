import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An electoral ward; codes are only valid between their boundary changes. */
@Entity('ward')
export class Ward {
  @PrimaryColumn({ name: 'gss_code', type: 'varchar', length: 9 })
  gssCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  /** Null while the ward is still current. */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;
}
