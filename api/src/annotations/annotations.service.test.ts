import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { firstError, runAs } from '../../test/support/graphql-as';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const ANNOTATIONS = `query ($from: Date, $to: Date) { annotations(from: $from, to: $to) { id date kind title source } }`;
const ADD = `mutation ($date: Date!, $title: String!) { addAnnotation(date: $date, title: $title) { id date kind title source } }`;
const dated = (list: { date: string; kind: string }[]) => list.map((a) => `${a.date} ${a.kind}`);

describe('annotations for time charts', () => {
  it('lists the timeline\'s events in date order, for every role', async () => {
    for (const role of ['analyst', 'member', 'funder', 'councillor'] as const) {
      const result = await runAs(db, role, ANNOTATIONS);
      expect(result.errors).toBeUndefined();
      expect(dated(result.data?.annotations)).toEqual([
        '2011-07-01 strategy', '2012-01-01 service', '2012-03-08 campaign', '2012-12-01 campaign', '2013-05-01 campaign', '2014-01-01 service',
      ]);
    }
  });

  it('adds an analyst\'s note and draws it beside the events of the same range', async () => {
    const added = await runAs(db, 'analyst', ADD, { date: '2012-12-01', title: '  Vice team short-staffed over Christmas ' });
    expect(added.data?.addAnnotation).toEqual({
      id: expect.stringMatching(/^note:\d+$/), date: '2012-12-01', kind: 'note', title: 'Vice team short-staffed over Christmas', source: "Analyst's note",
    });
    const result = await runAs(db, 'member', ANNOTATIONS, { from: '2012-03-08', to: '2012-12-01' });
    expect(result.data?.annotations.map((a: { date: string; kind: string; title: string }) => [a.date, a.kind, a.title])).toEqual([
      ['2012-03-08', 'campaign', "International Women's Day vice operations and 'Thinking of buying sex? Think again' campaign"],
      ['2012-12-01', 'campaign', "'Know the Difference' and 'Thinking about buying sex? Think again!' relaunched for the Christmas period"],
      ['2012-12-01', 'note', 'Vice team short-staffed over Christmas'],
    ]);
    expect(result.data?.annotations[0]).toMatchObject({ id: expect.stringMatching(/^timeline:\d+$/), source: '001_834752d4b74156e8.txt' });
  });

  it('refuses bad dates and empty or overlong titles, naming the argument', async () => {
    expect(firstError(await runAs(db, 'member', ANNOTATIONS, { from: '2013-04-01', to: '2013-03-31' }))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'to', message: 'Argument "to": 2013-03-31 is before from (2013-04-01)',
    });
    expect(firstError(await runAs(db, 'analyst', ADD, { date: '2013-02-29', title: 'x' }))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'date', message: 'Argument "date": must be a real date written YYYY-MM-DD; got "2013-02-29"',
    });
    expect(firstError(await runAs(db, 'analyst', ADD, { date: '2013-02-28', title: ' ' }))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'title', message: 'Argument "title": must say what happened; got an empty title',
    });
    expect(firstError(await runAs(db, 'analyst', ADD, { date: '2013-02-28', title: 'x'.repeat(201) }))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'title', message: 'Argument "title": must be at most 200 characters so it fits on a chart; got 201',
    });
  });

  it('lets only analysts add notes', async () => {
    for (const role of ['member', 'funder', 'councillor'] as const) {
      expect(firstError(await runAs(db, role, ADD, { date: '2013-01-01', title: 'Not mine to add' }))?.code).toBe('UNAUTHORIZED');
    }
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM analyst_note`)).toEqual([{ n: 1 }]);
  });
});
