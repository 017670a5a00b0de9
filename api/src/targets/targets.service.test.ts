import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { withRowScope } from '../access/request-scope';
import { firstError, runAs, userWithRole } from '../../test/support/graphql-as';
import { MEASURES } from '../measures/measure-catalogue';

/** The catalogue as the refusal lists it, in its order. */
const KNOWN_MEASURES = MEASURES.map((m) => m.id).join(', ');

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const SET_TARGET = `mutation ($input: SetTargetInput!) {
  setTarget(input: $input) { financialYear measure { id } value polarity tolerance quarterlyProfile ownerPartner note illustrative }
}`;
const TARGETS = `query ($financialYear: String!) { targets(financialYear: $financialYear) { financialYear measure { id } value quarterlyProfile } }`;
const OPERATIONS = { financialYear: '2014/15', measure: 'police.operations', value: 24, polarity: 'HIGHER_IS_BETTER' };
const setTarget = (input: Record<string, unknown>, role: 'analyst' | 'member' = 'analyst') => runAs(db, role, SET_TARGET, { input });

describe('setting a target', () => {
  it('stores a target with an even profile and a 10% tolerance unless told otherwise', async () => {
    const result = await setTarget({ ...OPERATIONS, ownerPartner: ' Lambeth Police Vice Team ', note: 'Agreed at the June meeting' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.setTarget).toEqual({
      financialYear: '2014/15', measure: { id: 'police.operations' }, value: 24, polarity: 'HIGHER_IS_BETTER', tolerance: 0.1,
      quarterlyProfile: [6, 6, 6, 6], ownerPartner: 'Lambeth Police Vice Team', note: 'Agreed at the June meeting', illustrative: false,
    });
  });

  it('replaces the target of the same year and measure instead of adding a second', async () => {
    await setTarget({ ...OPERATIONS, value: 28, quarterlyProfile: [4, 6, 8, 10], tolerance: 0.05 });
    const listed = await runAs(db, 'analyst', TARGETS, { financialYear: '2014/15' });
    expect(listed.data?.targets).toEqual([{ financialYear: '2014/15', measure: { id: 'police.operations' }, value: 28, quarterlyProfile: [4, 6, 8, 10] }]);
  });

  it('turns a profile of fractions into amounts', async () => {
    const result = await setTarget({ financialYear: '2014/15', measure: 'police.warning_letters', value: 40, polarity: 'HIGHER_IS_BETTER', quarterlyProfile: [0.1, 0.2, 0.3, 0.4] });
    expect(result.data?.setTarget.quarterlyProfile).toEqual([4, 8, 12, 16]);
  });

  it('stores an activity-only target with no value and no profile', async () => {
    const result = await setTarget({ financialYear: '2014/15', measure: 'arrests.women_soliciting', polarity: 'NO_TARGET' });
    expect(result.data?.setTarget).toMatchObject({ value: null, polarity: 'NO_TARGET', quarterlyProfile: [] });
  });

  it('holds a rate\'s target as a level in every quarter', async () => {
    const result = await setTarget({ financialYear: '2014/15', measure: 'arrests.women_drug_test_referral_rate', value: 95, polarity: 'HIGHER_IS_BETTER' });
    expect(result.data?.setTarget.quarterlyProfile).toEqual([95, 95, 95, 95]);
  });

  it('lists a year\'s targets in the measure catalogue\'s order', async () => {
    const listed = await runAs(db, 'member', TARGETS, { financialYear: '2014/15' });
    expect(listed.data?.targets.map((t: { measure: { id: string } }) => t.measure.id)).toEqual([
      'police.operations', 'police.warning_letters', 'arrests.women_soliciting', 'arrests.women_drug_test_referral_rate',
    ]);
  });
});

describe('refusing a target that cannot be used, naming the argument', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ['an unknown measure', { measure: 'police.operation' }, 'input.measure',
      `Argument "input.measure": unknown measure "police.operation"; known measures: ${KNOWN_MEASURES}`],
    ['a malformed financial year', { financialYear: '2014-15' }, 'input.financialYear',
      'Argument "input.financialYear": must be a financial year written like "2012/13" (April to March); got "2014-15"'],
    ['a profile without 4 quarters', { quarterlyProfile: [12, 12] }, 'input.quarterlyProfile',
      'Argument "input.quarterlyProfile": A quarterly profile needs 4 values, one for each quarter from April; got 2.'],
    ['a profile that does not add up', { quarterlyProfile: [6, 6, 6, 5] }, 'input.quarterlyProfile',
      'Argument "input.quarterlyProfile": The quarterly profile adds up to 23, but it must add up to the annual target of 24 (as amounts) or to 1 (as fractions).'],
    ['a negative quarter', { quarterlyProfile: [14, -2, 6, 6] }, 'input.quarterlyProfile',
      'Argument "input.quarterlyProfile": Quarter 2 of the profile is -2; each quarter needs a number of 0 or more.'],
    ['a negative target', { value: -4 }, 'input.value', 'Argument "input.value": value must be a number of 0 or more; got -4.'],
    ['a target without a value', { value: null }, 'input.value',
      'Argument "input.value": give the annual target for HIGHER_IS_BETTER, or set polarity NO_TARGET for an activity-only measure'],
    ['a value for an activity-only target', { polarity: 'NO_TARGET' }, 'input.value',
      'Argument "input.value": an activity-only target (polarity NO_TARGET) has no value; leave value out, or choose HIGHER_IS_BETTER or LOWER_IS_BETTER'],
    ['a tolerance written as a percentage', { tolerance: 10 }, 'input.tolerance',
      'Argument "input.tolerance": tolerance must be a fraction of the target to date from 0 to 1 (0.1 is 10%); got 10.'],
    ['a rate above 100%', { measure: 'arrests.women_drug_test_referral_rate', value: 110 }, 'input.value',
      'Argument "input.value": arrests.women_drug_test_referral_rate is a percentage, so its target must be from 0 to 100; got 110.'],
    ['a profile for a rate', { measure: 'arrests.women_drug_test_referral_rate', value: 100, quarterlyProfile: [25, 25, 25, 25] }, 'input.quarterlyProfile',
      'Argument "input.quarterlyProfile": arrests.women_drug_test_referral_rate is a rate, so its target is a level to hold all year, not an amount to share between quarters; leave quarterlyProfile out.'],
  ])('refuses %s', async (_name, change, argument, message) => {
    expect(firstError(await setTarget({ ...OPERATIONS, ...change }))).toEqual({ code: 'BAD_USER_INPUT', argument, message });
  });
});

describe('who may see and set targets', () => {
  it('refuses a member\'s setTarget and stores nothing', async () => {
    const result = await setTarget({ ...OPERATIONS, financialYear: '2015/16' }, 'member');
    expect(firstError(result)).toEqual({ code: 'UNAUTHORIZED', message: "Access denied! You don't have permission for this action!" });
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM target WHERE financial_year = '2015/16'`)).toEqual([{ n: 0 }]);
  });

  it('keeps targets from funders and councillors', async () => {
    for (const role of ['funder', 'councillor'] as const) {
      expect(firstError(await runAs(db, role, TARGETS, { financialYear: '2014/15' }))?.code).toBe('UNAUTHORIZED');
    }
  });

  it('hides the target table from a funder\'s request even in SQL, and lets only an analyst write it', async () => {
    const count = (role: 'funder' | 'member') => withRowScope(db.requestDataSource, userWithRole(role), { kind: 'all' }, (m) => m.query('SELECT count(*)::int AS n FROM target'));
    expect(await count('funder')).toEqual([{ n: 0 }]);
    expect(await count('member')).toEqual([{ n: 4 }]);
    await expect(withRowScope(db.requestDataSource, userWithRole('member'), { kind: 'all' }, (m) =>
      m.query(`INSERT INTO target (financial_year, measure, value, polarity, updated_by) VALUES ('2016/17', 'gaia.referrals', 1, 'HIGHER_IS_BETTER', 'x')`))).rejects.toThrow(/row-level security/);
  });
});
