import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { firstError, runAs } from '../../test/support/graphql-as';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const BREAKS = `query ($measure: ID) { seriesBreaks(measure: $measure) { id measure startsOn reason } }`;
const ADD = `mutation ($measure: ID!, $startsOn: Date!, $reason: String!) { addSeriesBreak(measure: $measure, startsOn: $startsOn, reason: $reason) { id } }`;
const UPDATE = `mutation ($id: ID!, $measure: ID!, $startsOn: Date!, $reason: String!) { updateSeriesBreak(id: $id, measure: $measure, startsOn: $startsOn, reason: $reason) { id measure startsOn reason } }`;
const REMOVE = `mutation ($id: ID!) { removeSeriesBreak(id: $id) { id measure startsOn reason } }`;

const listed = async (measure?: string) =>
  (await runAs(db, 'member', BREAKS, { measure })).data?.seriesBreaks.map((b: { measure: string; startsOn: string; reason: string }) => `${b.measure} ${b.startsOn} ${b.reason}`);

describe('series breaks in the workspace', () => {
  let id: string;
  it('lists every recorded break, by measure in the catalogue\'s order, for analysts and members', async () => {
    id = (await runAs(db, 'analyst', ADD, { measure: 'police.operations', startsOn: '2013-01-01', reason: 'New recording system' })).data?.addSeriesBreak.id;
    expect(await listed()).toEqual(['police.operations 2013-01-01 New recording system', 'gaia.referrals 2012-01-01 The Gaia Centre opened (January 2012)']);
    expect(await listed('police.operations')).toEqual(['police.operations 2013-01-01 New recording system']);
  });

  it('changes a break\'s measure, date and reason', async () => {
    const updated = await runAs(db, 'analyst', UPDATE, { id, measure: 'police.operations', startsOn: '2013-02-01', reason: ' CRIS replaced by Connect ' });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateSeriesBreak).toEqual({ id, measure: 'police.operations', startsOn: '2013-02-01', reason: 'CRIS replaced by Connect' });
    expect(await listed('police.operations')).toContain('police.operations 2013-02-01 CRIS replaced by Connect');
    // Saving it again on its own date is no clash with itself.
    expect((await runAs(db, 'analyst', UPDATE, { id, measure: 'police.operations', startsOn: '2013-02-01', reason: 'CRIS replaced by Connect' })).errors).toBeUndefined();
  });

  it('refuses bad arguments, naming each, and changes nothing', async () => {
    const other = (await runAs(db, 'analyst', ADD, { measure: 'police.operations', startsOn: '2013-09-01', reason: 'Team merged' })).data?.addSeriesBreak.id;
    const update = (change: Record<string, string>) => runAs(db, 'analyst', UPDATE, { id, measure: 'police.operations', startsOn: '2013-02-01', reason: 'x', ...change });
    expect(firstError(await update({ startsOn: '2013-09-01' }))).toEqual({ code: 'BAD_USER_INPUT', argument: 'startsOn', message: 'Argument "startsOn": police.operations already has a break starting on 2013-09-01' });
    expect(firstError(await update({ startsOn: '2013-02-29' }))).toEqual({ code: 'BAD_USER_INPUT', argument: 'startsOn', message: 'Argument "startsOn": must be a real date written YYYY-MM-DD; got "2013-02-29"' });
    expect(firstError(await update({ reason: '  ' }))).toEqual({ code: 'BAD_USER_INPUT', argument: 'reason', message: 'Argument "reason": must say why the series breaks, e.g. "New recording system"; got an empty reason' });
    expect(firstError(await update({ measure: 'police.operation' }))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'measure', message: expect.stringMatching(/^Argument "measure": unknown measure "police.operation"; known measures: /) });
    expect(firstError(await update({ id: '9999' }))).toEqual({ code: 'BAD_USER_INPUT', argument: 'id', message: 'Argument "id": no series break has id "9999"' });
    expect(firstError(await runAs(db, 'member', BREAKS, { measure: 'nope' }))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'measure' });
    expect(await listed('police.operations')).toEqual(expect.arrayContaining(['police.operations 2013-02-01 CRIS replaced by Connect', 'police.operations 2013-09-01 Team merged']));
    expect((await runAs(db, 'analyst', REMOVE, { id: other })).errors).toBeUndefined();
  });

  it('removes a break and returns it as it was; a second removal is refused', async () => {
    expect((await runAs(db, 'analyst', REMOVE, { id })).data?.removeSeriesBreak).toEqual({ id, measure: 'police.operations', startsOn: '2013-02-01', reason: 'CRIS replaced by Connect' });
    expect(await listed('police.operations')).not.toContain('police.operations 2013-02-01 CRIS replaced by Connect');
    expect(firstError(await runAs(db, 'analyst', REMOVE, { id }))).toEqual({ code: 'BAD_USER_INPUT', argument: 'id', message: `Argument "id": no series break has id "${id}"` });
  });

  it('lets only analysts change or remove breaks, and keeps the list from funders and councillors', async () => {
    const kept = (await runAs(db, 'analyst', ADD, { measure: 'police.operations', startsOn: '2014-01-01', reason: 'Kept' })).data?.addSeriesBreak.id;
    for (const role of ['member', 'funder', 'councillor'] as const) {
      expect(firstError(await runAs(db, role, UPDATE, { id: kept, measure: 'police.operations', startsOn: '2014-02-01', reason: 'Not mine' }))?.code).toBe('UNAUTHORIZED');
      expect(firstError(await runAs(db, role, REMOVE, { id: kept }))?.code).toBe('UNAUTHORIZED');
    }
    for (const role of ['funder', 'councillor'] as const) expect(firstError(await runAs(db, role, BREAKS))?.code).toBe('UNAUTHORIZED');
    expect(await listed('police.operations')).toContain('police.operations 2014-01-01 Kept');
  });
});
