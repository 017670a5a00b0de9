import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config';
import { DATASET_NAMES, isDatasetName } from '../datasets/dataset-catalogue';
import { openDatabase, prepareDatabase } from '../db/database';
import { parseFlags, UsageError } from '../shared/cli-args';
import { isRealIsoDate } from '../shared/dates';
import { isReferenceDataset, loadReferenceFile, REFERENCE_DATASETS } from '../wards/load-reference-file';
import { importFile } from './importer.service';
import { formatImportReport } from './import-report';

const NAMES = [...DATASET_NAMES, ...REFERENCE_DATASETS];

const USAGE = `Usage: npm run import -- --dataset NAME --file PATH.csv [--skip-invalid] [--reject-file PATH] [--dry-run]
       npm run import -- --dataset wards --valid-from YYYY-MM-DD --file ONS-LOOKUP.csv [--dry-run]
       npm run import -- --dataset ward_best_fit --file PATH.csv [--dry-run]
  NAME is one of: ${NAMES.join(', ')}
  --skip-invalid  import the valid rows; write the invalid ones, untouched, to a reject file (partner data only)
  --reject-file   where to write them (default: PATH.rejected.csv beside the file)
  --valid-from    wards: the day the vintage's wards took effect (the borough elections)
  --dry-run       check the file and report what would change, storing nothing
Exit status: 0 imported (or would be, with --dry-run), 1 refused, 2 usage error.`;

/** Reference data is loaded whole or not at all, and only a vintage of wards has a start date. */
function checkDatasetFlags(flags: Record<string, string | string[] | boolean>): void {
  if (isReferenceDataset(flags.dataset) && (flags['skip-invalid'] || flags['reject-file'])) {
    throw new UsageError(`--skip-invalid and --reject-file are for partner data: ${flags.dataset} is loaded whole or not at all`);
  }
  if (flags.dataset !== 'wards') {
    if (flags['valid-from'] !== undefined) throw new UsageError('--valid-from is only for --dataset wards');
  } else if (typeof flags['valid-from'] !== 'string') {
    throw new UsageError('--valid-from is required with --dataset wards: the day the new wards took effect, e.g. 2026-05-07');
  } else if (!isRealIsoDate(flags['valid-from'])) {
    throw new UsageError(`--valid-from must be a real date written YYYY-MM-DD; got "${flags['valid-from']}"`);
  }
}

export async function runImportCli(argv: string[]): Promise<number> {
  let flags;
  try {
    flags = parseFlags(argv, { values: ['dataset', 'file', 'reject-file', 'valid-from'], booleans: ['skip-invalid', 'dry-run', 'help'] });
    if (flags.help) {
      console.log(USAGE);
      return 0;
    }
    if (typeof flags.dataset !== 'string' || !(isDatasetName(flags.dataset) || isReferenceDataset(flags.dataset))) throw new UsageError(`--dataset must be one of: ${NAMES.join(', ')}`);
    checkDatasetFlags(flags);
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
  if (isReferenceDataset(flags.dataset)) {
    try {
      await prepareDatabase(database.dataSource);
      const { refused, text } = await loadReferenceFile(database.dataSource, {
        dataset: flags.dataset, open: () => fs.createReadStream(file), fileName: path.basename(file), validFrom: flags['valid-from'] as string | undefined,
        dryRun: flags['dry-run'] === true, loadedBy: `cli:${os.userInfo().username}`, limits: config.importLimits,
      });
      (refused ? console.error : console.log)(text);
      return refused ? 1 : 0;
    } finally {
      await database.close();
    }
  }
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
