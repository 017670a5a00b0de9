import { startTestApp, type TestApp } from '../server/app.test-helper';

let server: TestApp;
beforeAll(async () => (server = await startTestApp({ rateLimitPerMinute: 0, metricsToken: 'metrics-secret-0123456789' })));
afterAll(() => server.stop());

const metrics = async () => (await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer metrics-secret-0123456789' } })).text();

describe('logs', () => {
  it('writes one JSON line per request with its id, echoing the caller\'s x-request-id, and never the token or the variables', async () => {
    const token = await server.token('analyst');
    const csv = 'ref,date,ward_code,operation_type\nPRIVATE-REF-7731,2012-05-01,E05000420,kerb_crawling\n';
    const { headers } = await server.graphql(token, 'mutation Check($csv: String!) { importDataset(dataset: police_operations, csv: $csv, dryRun: true) { status } }', { csv }, { 'x-request-id': 'trace-42' });
    expect(headers.get('x-request-id')).toBe('trace-42');
    const line = server.logs().find((l) => l.reqId === 'trace-42');
    expect(line).toMatchObject({ level: 30, msg: 'request', method: 'POST', path: '/graphql', status: 200, operation: 'Check', service: 'vawg-insight' });
    expect(typeof line?.ms).toBe('number');
    const text = server.logText();
    for (const secret of [token, token.split('.')[2], 'PRIVATE-REF-7731', 'E05000420']) expect(text).not.toContain(secret);
  });

  it('makes up a request id when the caller\'s is missing or not plain', async () => {
    const { headers } = await server.graphql(undefined, '{ measures { id } }', {}, { 'x-request-id': 'bad id <script>;drop' });
    expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('metrics', () => {
  it('serves Prometheus metrics: GraphQL latency by operation, errors by code, imports by dataset and outcome', async () => {
    const member = await server.token('member');
    await server.graphql(member, 'query HomeMeasures { measures { id } }');
    await server.graphql(member, 'query Wrong { figures(measure: "nope") { total } }');
    const text = await metrics();
    expect(text).toMatch(/^vawg_graphql_request_duration_seconds_count\{operation="HomeMeasures"\} [1-9]/m);
    expect(text).toMatch(/^vawg_graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/m);
    expect(text).toMatch(/^vawg_imports_total\{dataset="police_operations",status="checked"\} [1-9]/m);
    expect(text).toMatch(/^vawg_http_request_duration_seconds_count\{route="\/graphql",status="2xx"\} [1-9]/m);
    expect(text).toMatch(/^vawg_process_resident_memory_bytes \d+/m);
  });

  it('needs METRICS_TOKEN when one is set', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
  });

  it('refuses /metrics in production without METRICS_TOKEN, unless METRICS_PUBLIC=true opens it', async () => {
    const closed = await startTestApp({ rateLimitPerMinute: 0, production: true, metricsToken: undefined, metricsPublic: false }, { database: server.database });
    const open = await startTestApp({ rateLimitPerMinute: 0, production: true, metricsToken: undefined, metricsPublic: true }, { database: server.database });
    try {
      const refused = await fetch(`${closed.url}/metrics`);
      expect(refused.status).toBe(404);
      expect(await refused.json()).toEqual({ error: 'Metrics are off: in production set METRICS_TOKEN (then send "Authorization: Bearer <METRICS_TOKEN>"), or METRICS_PUBLIC=true.' });
      const served = await fetch(`${open.url}/metrics`);
      expect(served.status).toBe(200);
      expect(await served.text()).toContain('vawg_database_up');
    } finally {
      await closed.app.close();
      await open.app.close();
    }
  });

  it('does not let clients grow the metrics without bound with made-up operation names', async () => {
    const member = await server.token('member');
    await Promise.all(Array.from({ length: 250 }, (_, i) => server.graphql(member, `query Made${i} { measures { id } }`)));
    const names = new Set([...(await metrics()).matchAll(/vawg_graphql_request_duration_seconds_count\{operation="([^"]+)"\}/g)].map((m) => m[1]));
    expect(names.size).toBeLessThanOrEqual(201);
    expect(names).toContain('other');
  });
});
