import { Field, Int, ObjectType } from 'type-graphql';
import { DatasetEnum, ImportCounts } from './import-result.type';

@ObjectType('ImportBatch', { description: 'One accepted import: what came in, from which file (by checksum), who sent it, and whether it was undone.' })
export class ImportBatchRecord extends ImportCounts {
  @Field(() => Int)
  id: number;

  @Field(() => DatasetEnum)
  dataset: string;

  @Field({ description: 'SHA-256 of the file: the same file imported again has the same checksum.' })
  checksum: string;

  @Field({ description: 'Who imported it: role and subject, e.g. "analyst:jo.bloggs".' })
  importedBy: string;

  @Field()
  importedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was undone; null while its records stand.' })
  undoneAt: Date | null;

  @Field(() => String, { nullable: true })
  undoneBy: string | null;

  @Field(() => String, { nullable: true, description: 'Why it cannot be undone now, in words; null when it can.' })
  undoRefusal: string | null;
}

@ObjectType({ description: 'What undoing a batch did.' })
export class UndoImportBatchResult {
  @Field(() => ImportBatchRecord)
  batch: ImportBatchRecord;

  @Field(() => Int, { description: 'Records removed: every record the batch added.' })
  removed: number;

  @Field(() => Int, { description: 'Revisions recorded against published quarterly returns.' })
  revisions: number;
}
