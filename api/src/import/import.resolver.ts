import { rolesFor } from '../access/access-matrix';
import { Readable } from 'node:stream';
import { Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../server/context';
import { importFile } from './importer.service';
import { ImportDatasetArgs } from './import-dataset.args';
import { ImportResult } from './import-result.type';

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
}
