import { GraphQLError } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import { MEASURES } from '../measures/measure-catalogue';
import { publishQuarter, quarterlyReturn } from './quarterly-return.service';

let db: TestDatabase;
const OPS = 'ref,date,ward_code,operation_type';
beforeAll(async () => {
  db = await createTestDatabase();
  await importCsv(db.dataSource, 'police_operations', csv(OPS, 'O1,2012-04-10,E05000420,kerb_crawling', 'O2,2012-05-10,E05000420,kerb_crawling', 'O3,2012-08-01,E05000429,kerb_crawling'));
});
afterAll(() => db.drop());

const line = async (measure: string) => (await quarterlyReturn(db.dataSource, '2012/13')).lines.find((l) => l.measure.id === measure);

describe('the quarterly return', () => {
  it('lists every headline measure by quarter and for the year', async () => {
    const result = await quarterlyReturn(db.dataSource, '2012/13');
    // Every measure but the operational group's own (forced begging): the return goes to funders.
    expect(result.lines.map((l) => l.measure.id)).toEqual(MEASURES.filter((m) => m.id !== 'gaia.trafficking_forced_begging').map((m) => m.id));
    expect((await line('police.operations'))?.cells.map((c) => [c.quarter, c.value, c.published])).toEqual([[1, 2, false], [2, 1, false], [3, 0, false], [4, 0, false], [null, 3, false]]);
    expect((await line('arrests.women_drug_test_referral_rate'))?.cells.map((c) => c.value)).toEqual([null, null, null, null, null]);
  });

  it('freezes a published quarter and lists a later change as a revision instead of changing history', async () => {
    await publishQuarter(db.dataSource, '2012/13', 1, 'analyst-1');
    // A correction moves O2 from Q1 to Q2, and a late record adds one to Q1.
    const report = await importCsv(db.dataSource, 'police_operations', csv(OPS, 'O2,2012-07-10,E05000420,kerb_crawling', 'O4,2012-06-30,E05000420,kerb_crawling', 'O5,2012-06-29,E05000420,kerb_crawling'));
    expect(report.status).toBe('imported');
    const result = await quarterlyReturn(db.dataSource, '2012/13');
    const operations = result.lines.find((l) => l.measure.id === 'police.operations');
    expect(operations?.cells[0]).toMatchObject({ quarter: 1, value: 2, published: true });
    expect(operations?.cells[1]).toMatchObject({ quarter: 2, value: 2, published: false });
    expect(operations?.cells[4]).toMatchObject({ quarter: null, value: 5 });
    expect(result.revisions.map((r) => [r.measure.id, r.quarter, r.oldValue, r.newValue])).toEqual([['police.operations', 1, 2, 3]]);
  });

  it('records each change once, and the next change from the last revised value', async () => {
    await importCsv(db.dataSource, 'police_operations', csv(OPS, 'O9,2012-09-30,E05000420,kerb_crawling')); // Q2: no published figure changes
    await importCsv(db.dataSource, 'police_operations', csv(OPS, 'O5,2012-10-01,E05000420,kerb_crawling')); // moves out of Q1
    const result = await quarterlyReturn(db.dataSource, '2012/13');
    expect(result.revisions.map((r) => [r.quarter, r.oldValue, r.newValue])).toEqual([[1, 2, 3], [1, 3, 2]]);
  });

  it.each([
    [['2012/13', 1], 'quarter', 'Argument "quarter": 2012/13 Q1 is already published; later changes show as revisions'],
    [['2012-13', 2], 'financialYear', 'Argument "financialYear": must be a financial year written like "2012/13" (April to March); got "2012-13"'],
    [['2012/13', 5], 'quarter', 'Argument "quarter": must be 1, 2, 3 or 4; got 5'],
    [['2099/00', 1], 'quarter', 'Argument "quarter": 2099/00 Q1 has not ended yet'],
  ] as const)('refuses to publish %j', async ([year, quarter], argument, message) => {
    const error = await publishQuarter(db.dataSource, year, quarter, 'a').catch((e: GraphQLError) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).toBe(message);
    expect((error as GraphQLError).extensions.argument).toBe(argument);
  });
});
