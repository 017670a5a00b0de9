import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const MAX_BATCH_PAGE = 200;

const pageSize = { message: ({ value }: { value: unknown }) => `must be from 1 to ${MAX_BATCH_PAGE}; got ${String(value)}` };
const batchId = { message: ({ value }: { value: unknown }) => `must be the id of an import batch, a whole number from 1; got ${String(value)}` };

@ArgsType()
export class ImportBatchesArgs {
  @Field(() => Int, { defaultValue: 50, description: `How many batches: 1 to ${MAX_BATCH_PAGE}.` })
  @IsInt(pageSize)
  @Min(1, pageSize)
  @Max(MAX_BATCH_PAGE, pageSize)
  limit: number;

  @Field(() => Int, { nullable: true, description: 'Only batches older than this one (its id): the next page after the last batch of this one.' })
  @IsOptional()
  @IsInt(batchId)
  @Min(1, batchId)
  before?: number | null;
}

@ArgsType()
export class UndoImportBatchArgs {
  @Field(() => Int, { description: 'The batch to undo (ImportBatch.id).' })
  @IsInt(batchId)
  @Min(1, batchId)
  id: number;
}
