import { runCli } from '../run-cli';
import { graphql, startServer, type StartedServer } from './start-server';

let server: StartedServer;
const tokens: Record<string, string> = {};
const OVAL = 'E05000426';

beforeAll(async () => {
  server = await startServer();
  const token = (...args: string[]) => runCli('src/access/token.cli.ts', args, server.env).stdout.trim();
  tokens.analyst = token('--role', 'analyst');
  tokens.member = token('--role', 'member');
  tokens.funder = token('--role', 'funder');
  tokens.councillor = token('--role', 'councillor', '--ward', OVAL);
});
afterAll(() => server.stop());

const error = (body: { errors?: { message: string; extensions: Record<string, unknown> }[] }) => body.errors?.[0];

describe('API keys for funders', () => {
  it('are created by an analyst, shown once, used, recorded and, once revoked, refused', async () => {
    const created = await graphql(server.url, tokens.analyst, 'mutation { createApiKey(name: "MOPAC returns") { key apiKey { id prefix role lastUsedAt } } }');
    const { key, apiKey } = created.body.data?.createApiKey;
    expect(key).toMatch(new RegExp(`^vik_${apiKey.prefix}_[A-Za-z0-9_-]{43}$`));
    expect(apiKey).toMatchObject({ role: 'funder', lastUsedAt: null });

    const used = await graphql(server.url, key, '{ figures(measure: "gaia.referrals", financialYear: "2012/13") { total } }');
    expect(used.body.data?.figures.total).toBe(1571);

    const listed = await graphql(server.url, tokens.analyst, '{ apiKeys { id lastUsedAt revokedAt } }');
    expect(listed.body.data?.apiKeys.find((k: { id: string }) => k.id === apiKey.id).lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed.body)).not.toContain(key.split('_')[2]); // the secret is never shown again

    await graphql(server.url, tokens.analyst, `mutation { revokeApiKey(id: "${apiKey.id}") { revokedAt } }`);
    const refused = await graphql(server.url, key, '{ measures { id } }');
    expect(refused.status).toBe(401);
    expect(error(refused.body)).toMatchObject({ message: 'Not signed in: the API key is not valid or has been revoked.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('can only be created by an analyst', async () => {
    const denied = await graphql(server.url, tokens.funder, 'mutation { createApiKey(name: "mine") { key } }');
    expect(denied.body.data ?? null).toBeNull();
    expect(error(denied.body)?.message).toMatch(/Access denied/);
  });
});

describe('who may ask for what', () => {
  it('gives funders and councillors fixed periods only', async () => {
    for (const role of ['funder', 'councillor']) {
      const { body } = await graphql(server.url, tokens[role], '{ figures(measure: "gaia.referrals", from: "2012-04-01", to: "2012-06-15") { total } }');
      expect(error(body)).toMatchObject({ extensions: { code: 'FORBIDDEN', argument: 'from' } });
    }
    const member = await graphql(server.url, tokens.member, '{ figures(measure: "gaia.referrals", from: "2012-04-01", to: "2012-06-15") { total } }');
    expect(member.body.data?.figures.total).toBeGreaterThan(0);
  });

  it("refuses a councillor another ward's figures by any argument", async () => {
    const other = await graphql(server.url, tokens.councillor, '{ figures(measure: "gaia.referrals", financialYear: "2012/13", filter: { ward: ["E05000420"] }) { total } }');
    expect(error(other.body)).toMatchObject({ extensions: { code: 'FORBIDDEN', argument: 'filter.ward' } });
    const mixed = await graphql(server.url, tokens.councillor, `{ figures(measure: "gaia.referrals", financialYear: "2012/13", filter: { ward: ["${OVAL}", "E05000420"] }) { total } }`);
    expect(error(mixed.body)?.extensions.code).toBe('FORBIDDEN');
  });

  it('shows a councillor only their own ward when they group by ward', async () => {
    const { body } = await graphql(server.url, tokens.councillor, '{ figures(measure: "gaia.referrals", financialYear: "2012/13", groupBy: [WARD]) { rows { key { code } } } }');
    const wards = new Set(body.data?.figures.rows.map((r: { key: { code: string }[] }) => r.key[0].code));
    expect([...wards]).toEqual([OVAL]);
  });

  it('gives a councillor borough totals', async () => {
    const { body } = await graphql(server.url, tokens.councillor, '{ figures(measure: "gaia.referrals", financialYear: "2012/13") { total } }');
    expect(body.data?.figures.total).toBe(1571);
  });
});

describe('the audit log', () => {
  it("records funders' and councillors' requests and every write, never a token", async () => {
    await graphql(server.url, tokens.funder, 'query Returns { figures(measure: "police.operations", financialYear: "2012/13", granularity: QUARTER) { total rows { value } } }');
    await graphql(server.url, tokens.member, '{ figures(measure: "police.operations", financialYear: "2011/12") { total } }');
    const { body } = await graphql(server.url, tokens.analyst, '{ auditLog(limit: 1000) { subject role operation arguments rowsReturned outcome } }');
    const entries = body.data?.auditLog as { role: string; operation: string; rowsReturned: number; outcome: string }[];
    expect(entries.find((e) => e.operation === 'query Returns figures')).toMatchObject({ role: 'funder', rowsReturned: 4, outcome: 'ok' });
    expect(entries.some((e) => e.role === 'member' && e.operation.startsWith('query'))).toBe(false);
    expect(entries.some((e) => e.operation.startsWith('mutation') && e.operation.includes('createApiKey'))).toBe(true);
    expect(entries.find((e) => e.role === 'councillor' && e.outcome === 'error: FORBIDDEN')).toBeDefined();
    const text = JSON.stringify(entries);
    for (const token of Object.values(tokens)) expect(text).not.toContain(token.split('.')[2]);
  });
});
