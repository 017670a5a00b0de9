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

  /** The ONS vintage the code was issued in, e.g. "WD22"; a code that continues into a later vintage keeps its first. */
  @Column({ type: 'text' })
  vintage: string;
}

/** One old ward's share falling in one new ward (by population or address count), from a loaded best-fit lookup. */
@Entity('ward_best_fit')
export class WardBestFit {
  @PrimaryColumn({ name: 'from_ward_code', type: 'varchar', length: 9 })
  fromWardCode: string;

  @PrimaryColumn({ name: 'to_ward_code', type: 'varchar', length: 9 })
  toWardCode: string;

  @Column({ type: 'numeric' })
  share: string;
}
