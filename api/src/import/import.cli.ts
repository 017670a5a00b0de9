import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config';
import { DATASET_NAMES, isDatasetName } from '../datasets/dataset-catalogue';
import { openDatabase, prepareDatabase } from '../db/database';
import { parseFlags, UsageError } from '../shared/cli-args';
import { importFile } from './importer.service';
import { formatImportReport } from './import-report';

const USAGE = `Usage: npm run import -- --dataset NAME --file PATH.csv [--skip-invalid] [--reject-file PATH] [--dry-run]
  NAME is one of: ${DATASET_NAMES.join(', ')}
  --skip-invalid  import the valid rows; write the invalid ones, untouched, to a reject file
  --reject-file   where to write them (default: PATH.rejected.csv beside the file)
  --dry-run       check the file and report what would change, storing nothing
Exit status: 0 imported (or would be, with --dry-run), 1 refused, 2 usage error.`;

export async function runImportCli(argv: string[]): Promise<number> {
  let flags;
  try {
    flags = parseFlags(argv, { values: ['dataset', 'file', 'reject-file'], booleans: ['skip-invalid', 'dry-run', 'help'] });
    if (flags.help) {
      console.log(USAGE);
      return 0;
    }
    if (typeof flags.dataset !== 'string' || !isDatasetName(flags.dataset)) throw new UsageError(`--dataset must be one of: ${DATASET_NAMES.join(', ')}`);
    if (typeof flags.file !== 'string') throw new UsageError('--file is required');
    if (!fs.existsSync(flags.file) || !fs.statSync(flags.file).isFile()) throw new UsageError(`--file ${flags.file}: no such file`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  const file = flags.file as string;
  const config = loadConfig();
  const database = await openDatabase();
  const size = fs.statSync(file).size;
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'Importing [{bar}] {percentage}% | {rows} rows', stream: process.stderr }, Presets.shades_classic) : undefined;
  bar?.start(size, 0, { rows: 0 });
  try {
    await prepareDatabase(database.dataSource);
    const report = await importFile(database.dataSource, {
      dataset: flags.dataset as (typeof DATASET_NAMES)[number],
      open: () => fs.createReadStream(file),
      importedBy: `cli:${os.userInfo().username}`,
      hashSecret: config.importHashSecret,
      skipInvalid: flags['skip-invalid'] === true,
      dryRun: flags['dry-run'] === true,
      limits: config.importLimits,
      onProgress: ({ bytes, rows }) => bar?.update(bytes, { rows }),
    });
    bar?.stop();
    const text = formatImportReport(report, path.basename(file));
    if (report.rejectedCsv !== null) {
      const rejectFile = typeof flags['reject-file'] === 'string' ? flags['reject-file'] : `${file}.rejected.csv`;
      fs.writeFileSync(rejectFile, report.rejectedCsv);
      console.log(`${report.rejected} rejected row(s) written, untouched, to ${rejectFile}`);
    }
    (report.status === 'refused' ? console.error : console.log)(text);
    return report.status === 'refused' ? 1 : 0;
  } finally {
    bar?.stop();
    await database.close();
  }
}

if (require.main === module) {
  runImportCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`Import failed: ${error.message}`);
      process.exit(1);
    },
  );
}
