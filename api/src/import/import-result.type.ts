import { enumOf } from '../shared/graphql-enum';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DATASET_NAMES } from '../datasets/dataset-catalogue';
import type { RecordCounts } from './importer.service';

export const DatasetEnum = enumOf(DATASET_NAMES);
registerEnumType(DatasetEnum, { name: 'Dataset', description: 'The datasets of the import contract.' });

export const ImportStatusEnum = { imported: 'imported', refused: 'refused', checked: 'checked' } as const;
registerEnumType(ImportStatusEnum, {
  name: 'ImportStatus',
  description: 'imported: stored; refused: nothing stored (see issues); checked: a dry run that would have been imported.',
});

@ObjectType({ description: 'A problem with one row (or the header, line 1) of an imported file.' })
export class ImportIssue {
  @Field(() => Int)
  line: number;

  @Field({ description: 'Column name; empty for a problem with the whole row.' })
  column: string;

  @Field()
  value: string;

  @Field()
  reason: string;
}

/** Records an import added, changed, found unchanged and refused: both a result and a batch report them. */
@ObjectType()
export abstract class ImportCounts implements RecordCounts {
  @Field(() => Int)
  inserted: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int)
  rejected: number;
}

@ObjectType({ description: 'The outcome of an import.' })
export class ImportResult extends ImportCounts {
  @Field(() => DatasetEnum)
  dataset: string;

  @Field(() => ImportStatusEnum)
  status: string;

  @Field({ description: 'SHA-256 of the file.' })
  checksum: string;

  @Field(() => Int)
  rowsRead: number;

  @Field(() => [ImportIssue])
  issues: ImportIssue[];

  @Field(() => Int, { nullable: true })
  batchId: number | null;

  @Field(() => String, { nullable: true, description: 'With skipInvalid: the header and the rejected rows, untouched.' })
  rejectedCsv: string | null;
}
