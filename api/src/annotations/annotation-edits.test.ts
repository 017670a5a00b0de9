import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { firstError, runAs } from '../../test/support/graphql-as';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const NOTES = `{ annotations { id date kind title } }`;
const ADD = `mutation ($date: Date!, $title: String!) { addAnnotation(date: $date, title: $title) { id } }`;
const UPDATE = `mutation ($id: ID!, $date: Date!, $title: String!) { updateAnnotation(id: $id, date: $date, title: $title) { id date kind title source } }`;
const REMOVE = `mutation ($id: ID!) { removeAnnotation(id: $id) { id date title } }`;

async function addNote(date: string, title: string): Promise<string> {
  const added = await runAs(db, 'analyst', ADD, { date, title });
  return added.data?.addAnnotation.id;
}
async function notes(): Promise<string[]> {
  const result = await runAs(db, 'member', NOTES);
  return result.data?.annotations.filter((a: { kind: string }) => a.kind === 'note').map((a: { date: string; title: string }) => `${a.date} ${a.title}`);
}

describe('changing and removing analysts\' notes', () => {
  it('changes a note\'s date and title, and the time charts read the new ones', async () => {
    const id = await addNote('2013-01-10', 'Vice team short-staffed');
    const updated = await runAs(db, 'analyst', UPDATE, { id, date: '2013-01-14', title: ' Vice team short-staffed for two weeks ' });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateAnnotation).toEqual({ id, date: '2013-01-14', kind: 'note', title: 'Vice team short-staffed for two weeks', source: "Analyst's note" });
    expect(await notes()).toEqual(['2013-01-14 Vice team short-staffed for two weeks']);
  });

  it('removes a note from the time charts and returns it as it was', async () => {
    const id = await addNote('2013-06-01', 'New outreach worker');
    expect((await runAs(db, 'analyst', REMOVE, { id })).data?.removeAnnotation).toEqual({ id, date: '2013-06-01', title: 'New outreach worker' });
    expect(await notes()).toEqual(['2013-01-14 Vice team short-staffed for two weeks']);
    expect(firstError(await runAs(db, 'analyst', REMOVE, { id }))).toEqual({ code: 'BAD_USER_INPUT', argument: 'id', message: `Argument "id": no analyst's note has id "${id}"` });
  });

  it('refuses to change or remove a timeline event, which is reference data', async () => {
    const message = 'Argument "id": timeline:1 is a timeline event from the partnership\'s documents (reference data), which cannot be changed here; only analysts\' notes ("note:<n>") can';
    expect(firstError(await runAs(db, 'analyst', UPDATE, { id: 'timeline:1', date: '2011-07-01', title: 'x' }))).toEqual({ code: 'BAD_USER_INPUT', argument: 'id', message });
    expect(firstError(await runAs(db, 'analyst', REMOVE, { id: 'timeline:1' }))).toEqual({ code: 'BAD_USER_INPUT', argument: 'id', message });
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM timeline_event')).toEqual([{ n: 6 }]);
  });

  it('refuses bad ids, dates and titles, naming the argument, and changes nothing', async () => {
    const [{ id }] = (await runAs(db, 'member', NOTES)).data?.annotations.filter((a: { kind: string }) => a.kind === 'note');
    expect(firstError(await runAs(db, 'analyst', UPDATE, { id: '3', date: '2013-01-14', title: 'x' }))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'id', message: 'Argument "id": "3" is not an analyst\'s note id; they are written "note:<n>", e.g. "note:3"',
    });
    expect(firstError(await runAs(db, 'analyst', UPDATE, { id, date: '2013-02-30', title: 'x' }))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'date', message: 'Argument "date": must be a real date written YYYY-MM-DD; got "2013-02-30"',
    });
    expect(firstError(await runAs(db, 'analyst', UPDATE, { id, date: '2013-01-14', title: '  ' }))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'title', message: 'Argument "title": must say what happened; got an empty title',
    });
    expect(firstError(await runAs(db, 'analyst', UPDATE, { id, date: '2013-01-14', title: 'x'.repeat(201) }))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'title', message: 'Argument "title": must be at most 200 characters so it fits on a chart; got 201',
    });
    // Refused by the argument classes' own rules, and still named (not type-graphql's "Argument Validation Error").
    expect(firstError(await runAs(db, 'analyst', REMOVE, { id: `note:${'9'.repeat(30)}` }))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(firstError(await runAs(db, 'analyst', UPDATE, { id, date: '2013-01-14', title: 'x'.repeat(1001) }))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'title' });
    expect(await notes()).toEqual(['2013-01-14 Vice team short-staffed for two weeks']);
  });

  it('lets only analysts change or remove notes', async () => {
    const [{ id }] = (await runAs(db, 'member', NOTES)).data?.annotations.filter((a: { kind: string }) => a.kind === 'note');
    for (const role of ['member', 'funder', 'councillor'] as const) {
      expect(firstError(await runAs(db, role, UPDATE, { id, date: '2013-01-01', title: 'Not mine' }))?.code).toBe('UNAUTHORIZED');
      expect(firstError(await runAs(db, role, REMOVE, { id }))?.code).toBe('UNAUTHORIZED');
    }
    expect(await notes()).toEqual(['2013-01-14 Vice team short-staffed for two weeks']);
  });
});
