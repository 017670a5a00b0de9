import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import { firstError, runAs } from '../../test/support/graphql-as';

let db: TestDatabase;

// Gaia referrals in 2026/27: 3 in April, 2 in May, 4 in August (no ward: which wards were valid is another matter).
beforeAll(async () => {
  db = await createTestDatabase();
  const dates = ['2026-04-02', '2026-04-03', '2026-04-20', '2026-05-01', '2026-05-31', '2026-08-01', '2026-08-02', '2026-08-03', '2026-08-30'];
  const report = await importCsv(db.dataSource, 'gaia_referrals', csv('ref,date,strand,ward_code,age_band,sex,referral_source', ...dates.map((d, i) => `R${i},${d},domestic_violence,,25_34,female,self`)));
  expect(report.status).toBe('imported');
});
afterAll(() => db.drop());

const SET_TARGET = `mutation ($input: SetTargetInput!) { setTarget(input: $input) { financialYear measure { id } value quarterlyProfile illustrative } }`;
const REVIEW = `query ($financialYear: String!, $quarter: Int!) {
  targetReview(financialYear: $financialYear, quarter: $quarter) {
    financialYear quarter hasTargets message notCollected { financialYear measure { id } }
    statuses { target { measure { id } } actualToDate targetToDate rag summary }
  }
}`;
const setTarget = async (financialYear: string, value: number, measure = 'gaia.referrals') => {
  const result = await runAs(db, 'analyst', SET_TARGET, { input: { financialYear, measure, value, polarity: 'HIGHER_IS_BETTER' } });
  expect(result.errors).toBeUndefined();
  return result.data?.setTarget;
};
const review = async (financialYear: string, quarter: number) => {
  const result = await runAs(db, 'member', REVIEW, { financialYear, quarter });
  expect(result.errors).toBeUndefined();
  return result.data?.targetReview;
};

describe('targets for any year', () => {
  it('are set by an analyst for this year and for years ahead, no year written into the code', async () => {
    expect(await setTarget('2026/27', 40)).toEqual({ financialYear: '2026/27', measure: { id: 'gaia.referrals' }, value: 40, quarterlyProfile: [10, 10, 10, 10], illustrative: false });
    expect(await setTarget('2031/32', 60)).toEqual({ financialYear: '2031/32', measure: { id: 'gaia.referrals' }, value: 60, quarterlyProfile: [15, 15, 15, 15], illustrative: false });
    const listed = await runAs(db, 'member', '{ targets(financialYear: "2031/32") { financialYear value } }');
    expect(listed.data?.targets).toEqual([{ financialYear: '2031/32', value: 60 }]);
  });

  it('are reviewed at the end of a quarter of this year', async () => {
    const { statuses, hasTargets, message } = await review('2026/27', 2);
    expect([hasTargets, message]).toEqual([true, null]);
    expect(statuses).toEqual([{
      // The Gaia Centre was open a year earlier (collected since January 2012), and no referral came in: 0 is a real figure then.
      target: { measure: { id: 'gaia.referrals' } }, actualToDate: 9, targetToDate: 20, rag: 'AMBER',
      summary: 'Gaia Centre referrals: 9 in 2026/27 to the end of Q2 against a target to date of 20 (45%), amber: behind profile, but better than the same period last year; 0 in the same period last year.',
    }]);
  });

  it('say plainly when a year has none', async () => {
    expect(await review('2027/28', 1)).toEqual({
      financialYear: '2027/28', quarter: 1, hasTargets: false, statuses: [], notCollected: [],
      message: 'No targets have been set for financial year 2027 to 2028. The figures can still be reviewed; an analyst can set the year\'s targets (setTarget) once the partnership has agreed them.',
    });
    // The list of statuses alone stays as it was: empty.
    expect((await runAs(db, 'member', '{ targetStatuses(financialYear: "2027/28", quarter: 1) { rag } }')).data?.targetStatuses).toEqual([]);
  });

  it('give no status, and say why, where the measure was not collected in the year to date', async () => {
    await setTarget('2010/11', 100);
    expect(await review('2010/11', 4)).toEqual({
      financialYear: '2010/11', quarter: 4, hasTargets: true, statuses: [], notCollected: [{ financialYear: '2010/11', measure: { id: 'gaia.referrals' } }],
      message: 'Gaia Centre referrals: no figure for 2010/11 to the end of Q4, as Referrals to the Gaia Centre were not collected before January 2012 (The Gaia Centre opened in January 2012).',
    });
  });

  it('refuses a malformed year, naming it, and keeps the review from funders', async () => {
    expect(firstError(await runAs(db, 'member', REVIEW, { financialYear: '2026/28', quarter: 1 }))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'financialYear', message: 'Argument "financialYear": must be a financial year written like "2012/13" (April to March); got "2026/28"',
    });
    expect(firstError(await runAs(db, 'funder', REVIEW, { financialYear: '2026/27', quarter: 1 }))?.code).toBe('UNAUTHORIZED');
  });
});
