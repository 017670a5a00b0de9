import { csv, importCsv } from '../../test/import-helpers';
import { startTestApp, type TestApp } from '../server/app.test-helper';

let server: TestApp;
let analyst: string;
const OPS = 'ref,date,ward_code,operation_type';

beforeAll(async () => {
  server = await startTestApp({ rateLimitPerMinute: 0 });
  analyst = await server.token('analyst');
  await importCsv(server.database.dataSource, 'police_operations', csv(OPS, 'O1,2012-04-10,E05000420,kerb_crawling', 'O2,2012-05-10,E05000420,kerb_crawling'));
});
afterAll(() => server.stop());

const RETURN = `financialYear lines { measure { id } cells { quarter value published publishedAt publishedBy } }
  revisions { financialYear quarter measure { id } oldValue newValue detectedAt batchId }`;

describe('the quarterly return over GraphQL', () => {
  it('says who published a quarter, and lists each revision with the import batch that made it', async () => {
    const published = await server.graphql(analyst, `mutation { publishQuarterlyReturn(financialYear: "2012/13", quarter: 1) { ${RETURN} } }`);
    const operations = published.body.data?.publishQuarterlyReturn.lines.find((l: { measure: { id: string } }) => l.measure.id === 'police.operations');
    expect(operations.cells[0]).toMatchObject({ quarter: 1, value: 2, published: true, publishedBy: 'test-analyst' });
    expect(operations.cells[1]).toMatchObject({ quarter: 2, published: false, publishedAt: null, publishedBy: null });

    const late = await importCsv(server.database.dataSource, 'police_operations', csv(OPS, 'O3,2012-06-30,E05000420,kerb_crawling'));
    const { body } = await server.graphql(analyst, `{ quarterlyReturn(financialYear: "2012/13") { ${RETURN} } }`);
    expect(body.data?.quarterlyReturn.revisions).toEqual([
      { financialYear: '2012/13', quarter: 1, measure: { id: 'police.operations' }, oldValue: 2, newValue: 3, detectedAt: expect.any(String), batchId: String(late.batchId) },
    ]);
    // The published figure stays as published; the revision says what the records say now.
    const after = body.data?.quarterlyReturn.lines.find((l: { measure: { id: string } }) => l.measure.id === 'police.operations');
    expect(after.cells[0]).toMatchObject({ value: 2, published: true });
  });

  it.each([
    ['quarterlyReturn(financialYear: "2012-13") { financialYear }', 'financialYear', 'must be a financial year written like "2012/13" (April to March); got "2012-13"'],
    ['publishQuarterlyReturn(financialYear: "2012/13", quarter: 5) { financialYear }', 'quarter', 'must be 1, 2, 3 or 4; got 5'],
    ['publishQuarterlyReturn(financialYear: "2012/13", quarter: 1) { financialYear }', 'quarter', '2012/13 Q1 is already published; later changes show as revisions'],
  ])('refuses %s, naming the argument', async (field, argument, message) => {
    const { body } = await server.graphql(analyst, field.startsWith('publish') ? `mutation { ${field} }` : `{ ${field} }`);
    expect(body.errors?.[0]).toMatchObject({ message: `Argument "${argument}": ${message}`, extensions: { code: 'BAD_USER_INPUT', argument } });
  });

  it.each(['member', 'funder', 'councillor'] as const)('refuses a %s publishing a quarter or a disclosure release', async (role) => {
    const token = await server.token(role, role === 'councillor' ? ['E05000426'] : []);
    for (const mutation of ['publishQuarterlyReturn(financialYear: "2012/13", quarter: 2) { financialYear }', 'publishDisclosureRelease(throughMonth: "2012-06") { id }']) {
      const { body } = await server.graphql(token, `mutation { ${mutation} }`);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0].message).toMatch(/Access denied/);
    }
    const [{ count }] = await server.database.dataSource.query(`SELECT count(*)::int AS count FROM published_figure WHERE quarter = 2`);
    expect(count).toBe(0);
  });
});
