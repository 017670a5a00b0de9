import { spawnSync } from 'node:child_process';
import path from 'node:path';

const API_ROOT = path.resolve(__dirname, '..');

/** Runs one of the api's command-line tools as `npm run` does, with exactly the environment given. */
export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(API_ROOT, script), ...args], {
    cwd: API_ROOT, env, encoding: 'utf8', timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
