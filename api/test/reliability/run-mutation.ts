import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * `npm run test:mutation` (not part of CI: about 17 minutes on 2 cores): Stryker from the
 * repository root with api/stryker.config.mjs (in-process unit tests only, so no database), then
 * the mutation score per module. Exits with Stryker's status: non-zero when the score is under the
 * break threshold (60) or the run failed.
 */
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const REPORT = path.join(repoRoot, '.data', 'mutation', 'mutation-report.json');
const MODULES = ['access', 'disclosure', 'import'] as const;

interface MutantCounts { total: number; killed: number; survived: number; timeout: number; noCoverage: number; ignored: number; errors: number }

const emptyCounts = (): MutantCounts => ({ total: 0, killed: 0, survived: 0, timeout: 0, noCoverage: 0, ignored: 0, errors: 0 });

/** Stryker's score: detected (killed or timed out) over every valid mutant; ignored and error mutants count for nothing. */
export function mutationScore(c: MutantCounts): number | null {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? null : (100 * (c.killed + c.timeout)) / valid;
}

/** Counts by module (api/src/<module>/…) from Stryker's JSON report (mutation-testing-report-schema). */
export function countByModule(report: { files: Record<string, { mutants: { status: string }[] }> }): Map<string, MutantCounts> {
  const byModule = new Map<string, MutantCounts>([...MODULES, 'all'].map((m) => [m, emptyCounts()]));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const module = /api\/src\/([^/]+)\//.exec(file.replace(/\\/g, '/'))?.[1] ?? 'other';
    if (!byModule.has(module)) byModule.set(module, emptyCounts());
    for (const { status } of mutants) {
      for (const c of [byModule.get(module) as MutantCounts, byModule.get('all') as MutantCounts]) {
        c.total += 1;
        if (status === 'Killed') c.killed += 1;
        else if (status === 'Survived') c.survived += 1;
        else if (status === 'Timeout') c.timeout += 1;
        else if (status === 'NoCoverage') c.noCoverage += 1;
        else if (status === 'Ignored') c.ignored += 1;
        else c.errors += 1;
      }
    }
  }
  return byModule;
}

function summary(counts: Map<string, MutantCounts>, seconds: number): string {
  const lines = ['', 'Mutation summary (break at 60%)'];
  for (const [module, c] of counts) {
    const score = mutationScore(c);
    lines.push(`  ${`${module}:`.padEnd(12)} ${score === null ? '  n/a' : `${score.toFixed(1)}%`.padStart(6)}  ${c.total - c.ignored} mutants: ${c.killed} killed, ${c.survived} survived, ${c.timeout} timed out, ${c.noCoverage} without coverage${c.errors ? `, ${c.errors} errors` : ''} (${c.ignored} ignored: static, or a mutator left out)`);
  }
  lines.push(`  time:        ${Math.round(seconds)} s`, `  report:      ${path.relative(process.cwd(), REPORT.replace(/\.json$/, '.html'))}`, '');
  return lines.join('\n');
}

async function main(): Promise<number> {
  const started = Date.now();
  fs.rmSync(REPORT, { force: true });
  const stryker = path.join(path.dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
  const child = spawn(process.execPath, [stryker, 'run', 'api/stryker.config.mjs', ...process.argv.slice(2)], {
    cwd: repoRoot, stdio: 'inherit', env: { ...process.env, DATABASE_URL: undefined },
  });
  const code = await new Promise<number>((resolve) => child.once('exit', (status) => resolve(status ?? 1)));
  if (fs.existsSync(REPORT)) process.stdout.write(`${summary(countByModule(JSON.parse(fs.readFileSync(REPORT, 'utf8'))), (Date.now() - started) / 1000)}\n`);
  return code;
}

if (require.main === module) {
  main().then((code) => process.exit(code), (error: Error) => {
    console.error(`Mutation testing could not run: ${error.message}`);
    process.exit(1);
  });
}
