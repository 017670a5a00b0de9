import fs from 'node:fs';
import path from 'node:path';
import { parseFlags, UsageError } from '../shared/cli-args';
import { DEFAULT_SEED, generateDemoData, toCsv } from './demo-generator';

const USAGE = `Usage: npm run demo:generate -- --out DIR [--seed N]
  Writes one invented <dataset>.csv per dataset into DIR (created if missing), in the import contract's format.
  --seed  a whole number; the same seed always writes the same files (default ${DEFAULT_SEED})
Exit status: 0 written, 2 usage error.`;

export function runDemoCli(argv: string[]): number {
  let out: string;
  let seed = DEFAULT_SEED;
  try {
    const flags = parseFlags(argv, { values: ['out', 'seed'], booleans: ['help'] });
    if (flags.help) {
      console.log(USAGE);
      return 0;
    }
    if (typeof flags.out !== 'string' || flags.out === '') throw new UsageError('--out DIR is required');
    out = flags.out;
    if (flags.seed !== undefined) {
      if (typeof flags.seed !== 'string' || !/^\d+$/.test(flags.seed) || Number(flags.seed) > 0xffffffff) {
        throw new UsageError(`--seed must be a whole number from 0 to ${0xffffffff}; got "${String(flags.seed)}"`);
      }
      seed = Number(flags.seed);
    }
    if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) throw new UsageError(`--out ${out}: exists and is not a directory`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }

  fs.mkdirSync(out, { recursive: true });
  for (const dataset of generateDemoData({ seed })) {
    const file = path.join(out, `${dataset.dataset}.csv`);
    fs.writeFileSync(file, toCsv(dataset));
    console.log(`Wrote ${dataset.rows.length} ${dataset.dataset} rows to ${file}`);
  }
  return 0;
}

if (require.main === module) {
  // exitCode rather than exit(): lets piped output flush before the process ends.
  process.exitCode = runDemoCli(process.argv.slice(2));
}
