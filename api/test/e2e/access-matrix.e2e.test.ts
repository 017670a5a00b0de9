import fs from 'node:fs';
import path from 'node:path';
import { ACCESS_MATRIX } from '../../src/access/access-matrix';
import { ROLES } from '../../src/access/roles';
import { REPO_ROOT } from '../../src/config';
import { buildApiSchema } from '../../src/server/schema';
import { runCli } from '../run-cli';
import { rootFields } from './access-matrix';
import { graphql, startServer, type StartedServer } from './start-server';

let server: StartedServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startServer();
  for (const role of ROLES) {
    tokens[role] = runCli('src/access/token.cli.ts', ['--role', role, ...(role === 'councillor' ? ['--ward', 'E05000426'] : [])], server.env).stdout.trim();
  }
});
afterAll(() => server.stop());

describe('the access matrix, built from the schema itself', () => {
  it('has an entry for every query and mutation (a new field without one fails here)', async () => {
    const names = rootFields(await buildApiSchema()).map((f) => f.name).sort();
    expect(Object.keys(ACCESS_MATRIX).sort()).toEqual(names);
  });

  it('is the matrix written in the README', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const written = Object.fromEntries(
      [...readme.matchAll(/^\| `((?:Query|Mutation)\.\w+)` \| (.+) \|$/gm)].map(([, field, cells]) => [
        field, cells.split('|').map((c) => c.trim()).flatMap((cell, i) => (cell === 'yes' ? [ROLES[i]] : [])),
      ]),
    );
    expect(written).toEqual(Object.fromEntries(Object.entries(ACCESS_MATRIX).map(([field, roles]) => [field, [...roles]])));
  });

  it('allows and denies every field for every role exactly as the matrix says', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const { name, operation } of rootFields(await buildApiSchema())) {
      for (const role of ROLES) {
        const { body } = await graphql(server.url, tokens[role], operation);
        const denied = (body.errors ?? []).some((e) => /Access denied/.test(e.message));
        outcomes.push(`${name} ${role}: ${denied ? 'denied' : 'allowed'}`);
        expected.push(`${name} ${role}: ${ACCESS_MATRIX[name].includes(role) ? 'allowed' : 'denied'}`);
      }
    }
    expect(outcomes).toEqual(expected);
  });
});
