import { startTestApp, type TestApp } from './app.test-helper';

/** GET /auth/demo-token as the dashboard sends it: no token of its own. */
async function demoToken(app: TestApp): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${app.url}/auth/demo-token`, { headers: { accept: 'application/json' } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /auth/demo-token: a member token for the demo data only', () => {
  let demo: TestApp;

  beforeAll(async () => {
    demo = await startTestApp({ rateLimitPerMinute: 0 }, { demoData: true });
  });
  afterAll(() => demo.stop());

  it('issues a member token while the database holds only the demo data', async () => {
    const { status, body } = await demoToken(demo);
    expect(status).toBe(200);
    expect(body).toMatchObject({ role: 'member', demoData: true, token: expect.any(String) });
    const answer = await demo.graphql(body.token as string, '{ figures(measure: "gaia.referrals", financialYear: "2012/13", granularity: FINANCIAL_YEAR) { total } }');
    expect(answer.body).toEqual({ data: { figures: { total: 1571 } } });
  });

  it('never issues one in production, whatever DEMO_DATA says', async () => {
    const production = await startTestApp({ rateLimitPerMinute: 0, production: true, demoData: true }, { database: demo.database });
    try {
      expect(await demoToken(production)).toEqual({ status: 404, body: { error: 'Demo tokens are never issued in production: sign in with your own access token.' } });
    } finally {
      await production.app.close();
    }
  });

  it('stops issuing them the moment a real import is in the database', async () => {
    expect((await demoToken(demo)).status).toBe(200);
    const analyst = await demo.token('analyst');
    const imported = await demo.graphql(analyst, 'mutation($csv: String!) { importDataset(dataset: police_operations, csv: $csv) { status inserted } }', {
      csv: 'ref,date,ward_code,operation_type\nREAL-1,2013-05-01,E05000420,other\n',
    });
    expect(imported.body).toEqual({ data: { importDataset: { status: 'imported', inserted: 1 } } });
    expect(await demoToken(demo)).toEqual({
      status: 404,
      body: { error: 'Demo tokens are no longer issued: this database holds imported data, not only the demo data. Sign in with your own access token.' },
    });
  });
});
