import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A signal ("<measure>|<dimension>|<code>") filed under an emerging issue; one issue per signal. */
@Entity('signal_link')
export class SignalLink {
  @PrimaryColumn({ name: 'signal_id', type: 'text' })
  signalId: string;

  @Column({ name: 'issue_id', type: 'integer' })
  issueId: number;

  @Column({ name: 'linked_by', type: 'text' })
  linkedBy: string;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;
}
