import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { DATASET_ENTITIES } from '../datasets/entities';
import { ImportBatch } from '../import/import-batch.entity';
import { ApiKeyRecord } from '../access/api-key.entity';
import { Ward } from '../reference/ward.entity';
import { Strand } from '../reference/strand.entity';
import { TimelineEvent } from '../reference/timeline-event.entity';
import { TrainingCourse } from '../reference/training-course.entity';
import { REVIEW_ENTITIES } from '../review/review-entities';

export const ENTITIES = [...DATASET_ENTITIES, ImportBatch, ApiKeyRecord, Ward, Strand, TimelineEvent, TrainingCourse, ...REVIEW_ENTITIES];

export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false, // never: every schema change is a migration
    extra: { max: options.poolSize ?? 10, application_name: 'vawg-insight' },
  });
}
