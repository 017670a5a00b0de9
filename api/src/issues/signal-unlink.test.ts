import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { firstError, runAs } from '../../test/support/graphql-as';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const ISSUES = `{ emergingIssues { id linkedSignals } }`;
const UNLINK = `mutation ($signalId: ID!) { unlinkSignal(signalId: $signalId) { id title linkedSignals } }`;
// Links are filed straight into the table: unlinking does not ask whether the signal is still live.
const file = (signalId: string, issueId: number) =>
  db.dataSource.query(`INSERT INTO signal_link (signal_id, issue_id, linked_by) VALUES ($1, $2, 'analyst:test')`, [signalId, issueId]);

describe('unlinking a signal from the register', () => {
  beforeAll(async () => {
    await file('gaia.referrals|STRAND|trafficking', 1);
    await file('gaia.referrals|STRAND|stalking', 1);
  });

  it('lists the signals filed under each issue, live or not', async () => {
    expect((await runAs(db, 'member', ISSUES)).data?.emergingIssues).toEqual([{ id: '1', linkedSignals: ['gaia.referrals|STRAND|trafficking', 'gaia.referrals|STRAND|stalking'] }]);
  });

  it('takes a signal out of its issue and returns the issue without it', async () => {
    const result = await runAs(db, 'analyst', UNLINK, { signalId: 'gaia.referrals|STRAND|trafficking' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.unlinkSignal).toEqual({ id: '1', title: 'Forced begging, trafficking and prostitution', linkedSignals: ['gaia.referrals|STRAND|stalking'] });
    expect(await db.dataSource.query('SELECT signal_id FROM signal_link')).toEqual([{ signal_id: 'gaia.referrals|STRAND|stalking' }]);
  });

  it('refuses a signal that is filed under no issue, naming the argument', async () => {
    expect(firstError(await runAs(db, 'analyst', UNLINK, { signalId: 'gaia.referrals|STRAND|trafficking' }))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'signalId',
      message: 'Argument "signalId": gaia.referrals|STRAND|trafficking is not filed under any emerging issue, so there is no link to remove',
    });
  });

  it('lets only analysts unlink', async () => {
    for (const role of ['member', 'funder', 'councillor'] as const) {
      expect(firstError(await runAs(db, role, UNLINK, { signalId: 'gaia.referrals|STRAND|stalking' }))?.code).toBe('UNAUTHORIZED');
    }
    expect(await db.dataSource.query('SELECT signal_id FROM signal_link')).toEqual([{ signal_id: 'gaia.referrals|STRAND|stalking' }]);
  });
});
