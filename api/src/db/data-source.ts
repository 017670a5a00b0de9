import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { DATASET_ENTITIES } from '../datasets/entities';
import { ImportBatch } from '../datasets/import-batch.entity';
import { ApiKeyRecord } from '../access/api-key.entity';
import { Ward, WardBestFit } from '../wards/ward.entity';
import { Strand } from '../reference/strand.entity';
import { TimelineEvent } from '../reference/timeline-event.entity';
import { TrainingCourse } from '../reference/training-course.entity';
import { Target } from '../targets/target.entity';
import { SeriesBreak } from '../spc/series-break.entity';
import { AnalystNote } from '../annotations/analyst-note.entity';
import { EmergingIssue } from '../issues/emerging-issue.entity';
import { EmergingIssueUpdate } from '../issues/emerging-issue-update.entity';
import { SignalLink } from '../issues/signal-link.entity';

/** Every table the API maps: the capabilities' entities, composed here so none of them needs this layer. */
export const ENTITIES = [...DATASET_ENTITIES, ImportBatch, ApiKeyRecord, Ward, WardBestFit, Strand, TimelineEvent, TrainingCourse, Target, SeriesBreak, AnalystNote, EmergingIssue, EmergingIssueUpdate, SignalLink];

/**
 * With replicaUrls, TypeORM keeps a pool for the primary and one per replica. defaultMode
 * 'master': nothing reaches a replica unless asked for (see replica-reads.ts), so a write and the
 * read after it (an API key revoked, then looked up) never disagree.
 */
export function createDataSource(url: string, options: { poolSize?: number; replicaUrls?: string[] } = {}): DataSource {
  const replicas = options.replicaUrls ?? [];
  return new DataSource({
    type: 'postgres',
    ...(replicas.length
      ? { replication: { master: { url }, slaves: replicas.map((replica) => ({ url: replica })), defaultMode: 'master' as const } }
      : { url }),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false, // never: every schema change is a migration
    extra: { max: options.poolSize ?? 10, application_name: 'vawg-insight' },
  });
}
