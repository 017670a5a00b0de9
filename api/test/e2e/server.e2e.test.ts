import fs from 'node:fs';
import path from 'node:path';
import { SignJWT, UnsecuredJWT } from 'jose';
import { runCli } from '../run-cli';
import { graphql, startServer, type StartedServer } from './start-server';

let server: StartedServer;
let token: string;

beforeAll(async () => {
  server = await startServer();
  const printed = runCli('src/access/token.cli.ts', ['--role', 'funder'], server.env);
  expect(printed.status).toBe(0);
  token = printed.stdout.trim();
});
afterAll(() => server.stop());

const HEADLINES = `query Headlines($year: String!) {
  operations: figures(measure: "police.operations", financialYear: $year) { total suppressed }
  letters: figures(measure: "police.warning_letters", financialYear: $year) { total }
  women: figures(measure: "arrests.women_soliciting", financialYear: $year) { total }
  referred: figures(measure: "arrests.women_drug_test_referred", financialYear: $year) { total }
  rate: figures(measure: "arrests.women_drug_test_referral_rate", financialYear: $year) { total }
  men: figures(measure: "arrests.men_buying", financialYear: $year) { total }
  gaia: figures(measure: "gaia.referrals", financialYear: $year) { total }
  moveOns: figures(measure: "chrysalis.move_ons", financialYear: $year) { total }
}`;

describe('the server started as npm start does', () => {
  it('says it is ready and healthy', async () => {
    expect(server.output()).toContain('Loaded synthetic demo data');
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ready' });
  });

  it('answers the published 2012/13 figures over HTTP to a token from npm run token', async () => {
    const { status, body } = await graphql(server.url, token, HEADLINES, { year: '2012/13' });
    expect(status).toBe(200);
    const totals = Object.fromEntries(Object.entries(body.data ?? {}).map(([k, v]) => [k, v.total]));
    expect(totals).toEqual({ operations: 22, letters: 102, women: 67, referred: 67, rate: 100, men: 50, gaia: 1571, moveOns: 15 });
  });

  it('names the argument in a BAD_USER_INPUT error, inline or as a variable', async () => {
    const inline = await graphql(server.url, token, '{ figures(measure: "gaia.referrals", from: "2012-13-01") { total } }');
    expect(inline.body.errors?.[0]).toMatchObject({ message: 'Argument "from": must be a real date written YYYY-MM-DD; got "2012-13-01"', extensions: { code: 'BAD_USER_INPUT' } });
    const variable = await graphql(server.url, token, 'query($y: String) { figures(measure: "gaia.referrals", financialYear: $y) { total } }', { y: '2012' });
    expect(variable.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(variable.body.errors?.[0].message).toContain('Argument "financialYear"');
  });

  describe('refuses every request without a valid token, with no data', () => {
    const secret = () => JSON.parse(fs.readFileSync(path.join(server.dataDir, 'secrets.json'), 'utf8')).jwtSecret as string;
    const claims = { role: 'analyst', wards: [] };
    const cases: [string, () => Promise<string | undefined>][] = [
      ['no token', async () => undefined],
      ['a malformed token', async () => 'not-a-token'],
      ['alg: none', async () => new UnsecuredJWT(claims).setSubject('x').setIssuer('vawg-insight').setAudience('vawg-insight').setExpirationTime('1h').encode()],
      ['a bad signature', async () => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('vawg-insight').setAudience('vawg-insight').setExpirationTime('1h').sign(new TextEncoder().encode('guessed-secret-guessed-secret-00'))],
      ['an expired token', async () => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer('vawg-insight').setAudience('vawg-insight').setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(new TextEncoder().encode(secret()))],
    ];
    it.each(cases)('%s', async (_name, make) => {
      const { status, body } = await graphql(server.url, await make(), '{ figures(measure: "gaia.referrals") { total } measures { id } }');
      expect(status).toBe(401);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  it('imports an independent file through the CLI into the running server\'s database, and figures return it exactly', async () => {
    const file = path.join(server.dataDir, 'independent.csv');
    fs.writeFileSync(file, [
      'ref,date,from_step,destination,planned,length_of_stay_days',
      'IND-1,2014-06-02,1,independent_tenancy,true,200',
      'IND-2,2014-06-30,2,family_or_friends,true,',
      'IND-3,2014-09-15,emergency,custody,false,3',
    ].join('\n'));
    // The demo runs to today, so 2014/15 already holds move-ons: the import must add exactly its three.
    const member = runCli('src/access/token.cli.ts', ['--role', 'member'], server.env).stdout.trim();
    type Figures = { total: number; rows: { period: { label: string }; key: { code: string }[]; value: number }[] };
    const moveOns = async (): Promise<Figures> => (await graphql(server.url, member, '{ figures(measure: "chrysalis.move_ons", financialYear: "2014/15", granularity: QUARTER, groupBy: [DESTINATION]) { total rows { period { label } key { code } value } } }')).body.data?.figures;
    const valueIn = (figures: Figures, period: string, code: string) => figures.rows.find((r) => r.period.label === period && r.key[0].code === code)?.value ?? 0;
    const before = await moveOns();
    const imported = runCli('src/import/import.cli.ts', ['--dataset', 'chrysalis_move_ons', '--file', file], server.env);
    expect(imported.stdout).toContain('3 inserted');
    expect(imported.status).toBe(0);
    // A member sees the counts exactly (a funder would get small ones withheld: see the disclosure tests).
    const after = await moveOns();
    expect(after.total).toBe(before.total + 3);
    const added = ([period, code]: [string, string]) => valueIn(after, period, code) - valueIn(before, period, code);
    expect(([['2014/15 Q1', 'independent_tenancy'], ['2014/15 Q1', 'family_or_friends'], ['2014/15 Q2', 'custody']] as [string, string][]).map(added)).toEqual([1, 1, 1]);
    expect(after.rows.reduce((sum, r) => sum + r.value, 0)).toBe(after.total);
  });

  it('lets only analysts import through the API', async () => {
    const mutation = 'mutation($csv: String!) { importDataset(dataset: police_operations, csv: $csv) { status inserted } }';
    const csv = 'ref,date,ward_code,operation_type\nAPI-1,2012-05-01,E05000420,other\n';
    const denied = await graphql(server.url, token, mutation, { csv });
    expect(denied.body.errors?.[0].message).toMatch(/Access denied/);
    const analyst = runCli('src/access/token.cli.ts', ['--role', 'analyst'], server.env).stdout.trim();
    const allowed = await graphql(server.url, analyst, mutation, { csv });
    expect(allowed.body.data?.importDataset).toEqual({ status: 'imported', inserted: 1 });
  });
});
