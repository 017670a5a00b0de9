import { startTestApp, type TestApp } from '../server/app.test-helper';
import { authenticateApiKey, createApiKey } from './api-key.service';

let server: TestApp;
let analyst: string;

beforeAll(async () => {
  server = await startTestApp({ rateLimitPerMinute: 0 });
  analyst = await server.token('analyst');
});
afterAll(() => server.stop());

const HOUR = 3_600_000;
const CREATE = 'mutation($name: String!, $expiresAt: DateTimeISO) { createApiKey(name: $name, expiresAt: $expiresAt) { key apiKey { id expiresAt revokedAt } } }';

async function createKey(expiresAt: string | null): Promise<{ key: string; id: string; expiresAt: string | null }> {
  const { body } = await server.graphql(analyst, CREATE, { name: 'MOPAC script', expiresAt });
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  const { key, apiKey } = body.data.createApiKey;
  return { key, id: apiKey.id, expiresAt: apiKey.expiresAt };
}

/** Moves a key's life into the past, as if it had been made two days ago and expired a day ago. */
async function expire(id: string): Promise<string> {
  const db = server.database.dataSource;
  await db.query(`UPDATE api_key SET created_at = now() - interval '2 days', expires_at = date_trunc('second', now() - interval '1 day') WHERE id = $1`, [id]);
  const [{ expires_at }] = await db.query('SELECT expires_at FROM api_key WHERE id = $1', [id]);
  return (expires_at as Date).toISOString();
}

const download = (key: string) => fetch(`${server.url}/downloads/figures.csv?measure=police.operations&financialYear=2012/13`, { headers: { authorization: `Bearer ${key}` } });
const measures = (key: string) => server.graphql(key, '{ measures { id } }');

describe('an API key with an expiry', () => {
  it('works until it expires, then is refused at /graphql and at /downloads, saying when it expired', async () => {
    const expiresAt = new Date(Date.now() + 24 * HOUR).toISOString();
    const { key, id, expiresAt: listed } = await createKey(expiresAt);
    expect(listed).toBe(expiresAt);
    // The audit log keeps the expiry asked for as its text (a Date argument once came out as {}).
    const audited = await server.graphql(analyst, '{ auditLog(operation: "createApiKey", limit: 1) { arguments } }');
    expect(audited.body.data?.auditLog[0].arguments).toEqual({ createApiKey: { name: 'MOPAC script', role: 'funder', expiresAt } });
    expect((await measures(key)).body.data?.measures.length).toBeGreaterThan(0);
    expect((await download(key)).status).toBe(200);

    const expired = await expire(id);
    const refused = await measures(key);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: `Not signed in: the API key expired at ${expired}; ask an analyst for a new one.`,
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const refusedDownload = await download(key);
    expect(refusedDownload.status).toBe(401);
    expect(await refusedDownload.json()).toMatchObject({ error: `Not signed in: the API key expired at ${expired}; ask an analyst for a new one.`, code: 'UNAUTHENTICATED' });

    const { body } = await server.graphql(analyst, '{ apiKeys { id expiresAt revokedAt } }');
    expect(body.data?.apiKeys.find((k: { id: string }) => k.id === id)).toEqual({ id, expiresAt: expired, revokedAt: null });
  });

  it('is refused from the moment of its expiry, and a key without one works until revoked', async () => {
    const { key, record } = await createApiKey(server.database.dataSource, { name: 'edge', role: 'funder', createdBy: 'test', expiresAt: new Date(Date.now() + HOUR) });
    expect(await authenticateApiKey(server.database.dataSource, key, new Date(record.expiresAt!.getTime() - 1))).toEqual({ user: { subject: `api-key:${record.id}`, role: 'funder', wards: [] } });
    expect(await authenticateApiKey(server.database.dataSource, key, record.expiresAt!)).toEqual({ refused: `the API key expired at ${record.expiresAt!.toISOString()}; ask an analyst for a new one` });

    const lasting = await createKey(null);
    expect(lasting.expiresAt).toBeNull();
    expect((await measures(lasting.key)).status).toBe(200);
  });

  it('does not tell a wrong secret for an expired key apart from any unknown key', async () => {
    const { key, id } = await createKey(new Date(Date.now() + HOUR).toISOString());
    await expire(id);
    const wrong = `${key.slice(0, -4)}AAAA`;
    expect((await measures(wrong)).body.errors?.[0].message).toBe('Not signed in: the API key is not valid or has been revoked.');
  });

  it('refuses an expiry that has passed, naming the argument', async () => {
    const { body } = await server.graphql(analyst, CREATE, { name: 'late', expiresAt: '2020-01-01T00:00:00.000Z' });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'expiresAt' } });
    expect(body.errors?.[0].message).toMatch(/^Argument "expiresAt": must be later than now \(\d{4}-\d{2}-\d{2}T[\d:.]+Z\); got 2020-01-01T00:00:00.000Z$/);
    const [{ count }] = await server.database.dataSource.query(`SELECT count(*)::int AS count FROM api_key WHERE name = 'late'`);
    expect(count).toBe(0);
  });

  it('refuses a name that is empty, naming the argument', async () => {
    const { body } = await server.graphql(analyst, CREATE, { name: '', expiresAt: null });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'name' } });
  });
});

describe('API keys are for analysts only', () => {
  it.each(['member', 'funder', 'councillor'] as const)('refuses a %s every API key operation', async (role) => {
    const token = await server.token(role, role === 'councillor' ? ['E05000426'] : []);
    for (const operation of ['{ apiKeys { id } }', 'mutation { createApiKey(name: "mine") { key } }', 'mutation { revokeApiKey(id: "1") { id } }']) {
      const { body } = await server.graphql(token, operation);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0].message).toMatch(/Access denied/);
    }
  });
});
