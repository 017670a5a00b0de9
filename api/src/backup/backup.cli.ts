import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { parseFlags, UsageError } from '../shared/cli-args';
import { describeBytes } from '../csv/import-limits';
import { backupDatabase } from './backup.service';

const USAGE = `Usage: npm run backup -- [--out FILE]
  Writes the whole database (pg_dump's custom format) to FILE,
  by default DATA_DIR/backups/vawg-insight-YYYY-MM-DDTHH-MM-SS.dump.
  Needs pg_dump of the server's major version (Debian: apt-get install -y postgresql-client-15).
Exit status: 0 written, 1 failed, 2 usage error.`;

export async function runBackupCli(argv: string[]): Promise<number> {
  let flags;
  try {
    flags = parseFlags(argv, { values: ['out'], booleans: ['help'] });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), typeof flags.out === 'string' ? flags.out : path.join(config.dataDir, 'backups', `vawg-insight-${stamp}.dump`));
  const database = await openDatabase();
  try {
    const { bytes } = await backupDatabase(database.dataSource, database.url, file);
    console.log(`Backed up the database to ${file} (${describeBytes(bytes)}). Restore it with: npm run restore -- --file ${file}`);
    return 0;
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  runBackupCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`Backup failed: ${error.message}`);
      process.exit(1);
    },
  );
}
