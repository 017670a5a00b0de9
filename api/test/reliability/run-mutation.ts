import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

/**
 * `npm run test:mutation`: one embedded PostgreSQL for the whole Stryker run (jest's global setup
 * would start one for each of Stryker's many jest runs), then Stryker from the repository root
 * with api/stryker.config.mjs.
 * Exits with Stryker's status: non-zero when the mutation score is under the break threshold (60).
 */
async function main(): Promise<number> {
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-mutation-pg-'));
  const server = await startEmbeddedPostgres(directory);
  try {
    const stryker = path.join(path.dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
    const child = spawn(process.execPath, [stryker, 'run', 'api/stryker.config.mjs', ...process.argv.slice(2)], {
      cwd: repoRoot, stdio: 'inherit', env: { ...process.env, DATABASE_URL: undefined, TEST_ADMIN_DATABASE_URL: server.url },
    });
    return await new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  } finally {
    await server.stop();
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (error: Error) => {
  console.error(`Mutation testing could not run: ${error.message}`);
  process.exit(1);
});
