import fs from 'node:fs';
import path from 'node:path';
import { today as clockToday } from '../config';
import { openDatabase, prepareDatabase } from '../db/database';
import { parseFlags, UsageError } from '../shared/cli-args';
import { isRealIsoDate } from '../shared/dates';
import { DEFAULT_SEED, demoDataThrough, generateDemoData, toCsv } from './demo-generator';
import { demoWards } from './demo-wards';

const USAGE = `Usage: npm run demo:generate -- --out DIR [--seed N] [--today YYYY-MM-DD]
  Writes one invented <dataset>.csv per dataset into DIR (created if missing), in the import contract's format,
  from 2011/12 to the last complete quarter before --today, each record with a ward valid on its date: the
  wards are the platform database's (the shipped ward lookups and any vintage an analyst has loaded), so the
  files import into it with npm run import.
  --seed   a whole number; the same seed and day always write the same files (default ${DEFAULT_SEED})
  --today  the day the demo is made (default today)
Exit status: 0 written, 2 usage error.`;

interface DemoCliOptions {
  out: string;
  seed: number;
  today: string;
}

function readOptions(argv: string[]): DemoCliOptions | 'help' {
  const flags = parseFlags(argv, { values: ['out', 'seed', 'today'], booleans: ['help'] });
  if (flags.help) return 'help';
  if (typeof flags.out !== 'string' || flags.out === '') throw new UsageError('--out DIR is required');
  if (fs.existsSync(flags.out) && !fs.statSync(flags.out).isDirectory()) throw new UsageError(`--out ${flags.out}: exists and is not a directory`);
  let seed = DEFAULT_SEED;
  if (flags.seed !== undefined) {
    if (typeof flags.seed !== 'string' || !/^\d+$/.test(flags.seed) || Number(flags.seed) > 0xffffffff) {
      throw new UsageError(`--seed must be a whole number from 0 to ${0xffffffff}; got "${String(flags.seed)}"`);
    }
    seed = Number(flags.seed);
  }
  const today = flags.today ?? clockToday();
  if (typeof today !== 'string' || !isRealIsoDate(today)) throw new UsageError(`--today must be a real date written YYYY-MM-DD; got "${String(today)}"`);
  try {
    demoDataThrough(today);
  } catch (error) {
    throw new UsageError(`--today: ${(error as Error).message}`);
  }
  return { out: flags.out, seed, today };
}

export async function runDemoCli(argv: string[]): Promise<number> {
  let options: DemoCliOptions | 'help';
  try {
    options = readOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }

  const database = await openDatabase();
  let wards;
  try {
    await prepareDatabase(database.dataSource);
    wards = await demoWards(database.dataSource);
  } finally {
    await database.close();
  }
  fs.mkdirSync(options.out, { recursive: true });
  for (const dataset of generateDemoData({ wards, seed: options.seed, today: options.today })) {
    const file = path.join(options.out, `${dataset.dataset}.csv`);
    fs.writeFileSync(file, toCsv(dataset));
    console.log(`Wrote ${dataset.rows.length} ${dataset.dataset} rows to ${file}`);
  }
  return 0;
}

if (require.main === module) {
  runDemoCli(process.argv.slice(2)).then(
    // exitCode rather than exit(): lets piped output flush before the process ends.
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(`Generating the demo failed: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
