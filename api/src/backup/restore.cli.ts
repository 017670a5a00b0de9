import path from 'node:path';
import { openDatabase } from '../db/database';
import { parseFlags, UsageError } from '../shared/cli-args';
import { importBatchesIn, restoreDatabase } from './backup.service';

const USAGE = `Usage: npm run restore -- --file FILE [--replace]
  Replaces everything in the database with the backup in FILE (from npm run backup), in one
  transaction: if the restore fails, nothing changes.
  --replace  needed when the database already holds imported data, which the backup replaces
Exit status: 0 restored, 1 failed or refused, 2 usage error.`;

export async function runRestoreCli(argv: string[]): Promise<number> {
  let flags;
  try {
    flags = parseFlags(argv, { values: ['file'], booleans: ['replace', 'help'] });
    if (flags.help) {
      console.log(USAGE);
      return 0;
    }
    if (typeof flags.file !== 'string') throw new UsageError('--file is required');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), flags.file as string);
  const database = await openDatabase();
  try {
    const batches = await importBatchesIn(database.dataSource);
    if (batches > 0 && flags.replace !== true) {
      console.error(`Refused: the database holds ${batches} import batch(es), which the backup would replace. Run again with --replace to replace them.`);
      return 1;
    }
    await restoreDatabase(database.dataSource, database.url, file);
    console.log(`Restored the database from ${file}.`);
    return 0;
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  runRestoreCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`Restore failed: ${error.message}`);
      process.exit(1);
    },
  );
}
