import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { DATASET_ENTITIES } from '../datasets/entities';
import { ImportBatch } from '../import/import-batch.entity';
import { ApiKeyRecord } from '../access/api-key.entity';
import { Ward, WardBestFit } from '../wards/ward.entity';
import { Strand } from '../reference/strand.entity';
import { TimelineEvent } from '../reference/timeline-event.entity';
import { TrainingCourse } from '../reference/training-course.entity';
import { REVIEW_ENTITIES } from '../review/review-entities';

export const ENTITIES = [...DATASET_ENTITIES, ImportBatch, ApiKeyRecord, Ward, WardBestFit, Strand, TimelineEvent, TrainingCourse, ...REVIEW_ENTITIES];

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
