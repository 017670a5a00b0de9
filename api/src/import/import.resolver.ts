import { rolesFor } from '../access/access-matrix';
import { Readable } from 'node:stream';
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { refuseNamingTheArgument } from '../shared/argument-validation';
import type { RequestContext } from '../context/request-context';
import { importFile } from './importer.service';
import { ImportDatasetArgs } from './import-dataset.args';
import { ImportResult } from './import-result.type';
import { ImportBatchRecord, UndoImportBatchResult } from './import-batch.type';
import { ImportBatchesArgs, UndoImportBatchArgs } from './import-batches.args';
import { listImportBatches, undoImportBatch } from './import-batches.service';

@Resolver()
export class ImportResolver {
  @Authorized(rolesFor('Mutation.importDataset'))
  @Mutation(() => ImportResult, { description: 'Imports a CSV file of the import contract, all or nothing (analysts only).' })
  async importDataset(@Ctx() context: RequestContext, @Args(() => ImportDatasetArgs) args: ImportDatasetArgs): Promise<ImportResult> {
    return importFile(context.dataSource, {
      dataset: args.dataset,
      open: () => Readable.from([Buffer.from(args.csv, 'utf8')]),
      importedBy: `${context.user.role}:${context.user.subject}`,
      hashSecret: context.config.importHashSecret,
      actingRole: context.user.role,
      skipInvalid: args.skipInvalid,
      dryRun: args.dryRun,
      limits: context.config.importLimits,
    });
  }

  @Authorized(rolesFor('Query.importBatches'))
  @Query(() => [ImportBatchRecord], { description: 'The import history, newest first, a page at a time (analysts only).' })
  importBatches(@Ctx() context: RequestContext, @Args(() => ImportBatchesArgs, { validateFn: refuseNamingTheArgument }) { limit, before }: ImportBatchesArgs): Promise<ImportBatchRecord[]> {
    return listImportBatches(context.dataSource, context.user, limit, before);
  }

  @Authorized(rolesFor('Mutation.undoImportBatch'))
  @Mutation(() => UndoImportBatchResult, {
    description: 'Removes every record an import batch added, in one transaction, and marks it undone (analysts only). Refused for a batch that changed records stored before it, or whose records a later import changed.',
  })
  undoImportBatch(@Ctx() context: RequestContext, @Args(() => UndoImportBatchArgs, { validateFn: refuseNamingTheArgument }) { id }: UndoImportBatchArgs): Promise<UndoImportBatchResult> {
    return undoImportBatch(context.dataSource, context.user, id);
  }
}
