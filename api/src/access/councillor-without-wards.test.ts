import { startTestApp, type TestApp } from '../server/app.test-helper';

const OVAL = 'E05000426';
const NO_WARD = 'your token names no ward, so it cannot see ward-level figures: ask for borough-level figures (no ward filter or WARD breakdown), or ask the VAWG Insight team for a token that names your ward(s)';

let server: TestApp;
let wardless: string;
let invalidWards: string;

beforeAll(async () => {
  server = await startTestApp({ rateLimitPerMinute: 0 }, { demoData: true });
  wardless = await server.token('councillor', []);
  // A wards claim with no valid GSS code reads as no ward at all.
  invalidWards = await server.token('councillor', ['Oval']);
});
afterAll(() => server.stop());

const figures = (args: string) => `{ figures(measure: "gaia.referrals", financialYear: "2012/13", granularity: FINANCIAL_YEAR${args}) { total rows { value } } }`;

describe('a councillor whose token names no ward', () => {
  it.each([
    ['a WARD breakdown', ', groupBy: [WARD]', 'groupBy'],
    ['a ward filter', `, filter: { ward: ["${OVAL}"] }`, 'filter.ward'],
  ])('is refused %s with FORBIDDEN, saying the token names no ward', async (_name, args, argument) => {
    for (const token of [wardless, invalidWards]) {
      const { status, body } = await server.graphql(token, figures(args));
      expect(status).toBe(200);
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toEqual([expect.objectContaining({ message: `Argument "${argument}": ${NO_WARD}`, extensions: expect.objectContaining({ code: 'FORBIDDEN', argument }) })]);
    }
  });

  it('still gets the borough-level figures', async () => {
    const { body } = await server.graphql(wardless, figures(''));
    expect(body.errors).toBeUndefined();
    expect(body.data?.figures.total).toBe(1571);
  });

  it('gets a 403 whose JSON names the problem from /downloads/figures.csv, not a 500', async () => {
    const response = await fetch(`${server.url}/downloads/figures.csv?measure=gaia.referrals&financialYear=2012/13&groupBy=WARD`, { headers: { authorization: `Bearer ${wardless}` } });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: `Argument "groupBy": ${NO_WARD}`, code: 'FORBIDDEN', argument: 'groupBy' });
    const borough = await fetch(`${server.url}/downloads/figures.csv?measure=gaia.referrals&financialYear=2012/13`, { headers: { authorization: `Bearer ${wardless}` } });
    expect(borough.status).toBe(200);
  });
});
