import { ScopeReadOnce1763901500000 } from '../../../migrations/1763901500000-ScopeReadOnce';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import { withRowScope, type RowScope } from './request-scope';
import type { AuthUser } from './roles';

let db: TestDatabase;
const OVAL = 'E05000426';
const councillor: AuthUser = { subject: 'cllr', role: 'councillor', wards: [OVAL] };
const member: AuthUser = { subject: 'm', role: 'member', wards: [] };

beforeAll(async () => {
  db = await createTestDatabase();
  await importCsv(db.dataSource, 'gaia_referrals', csv(
    'ref,date,strand,ward_code,age_band,sex,referral_source',
    'G1,2012-04-15,domestic_violence,E05000426,25_34,female,police',
    'G2,2012-05-20,domestic_violence,E05000420,18_24,female,self',
    'G3,2012-07-01,stalking,,35_44,male,health',
  ));
  await importCsv(db.dataSource, 'chrysalis_move_ons', csv('ref,date,from_step,destination,planned', 'C1,2012-05-01,1,independent_tenancy,true'));
});
afterAll(() => db.drop());

/** What a request sees of each kind of scoped table, and whether the scan's filter calls current_setting() per row. */
async function seen(user: AuthUser, scope: RowScope) {
  return withRowScope(db.requestDataSource, user, scope, async (m) => {
    const rows = async (sql: string) => (await m.query(sql)).map((r: Record<string, unknown>) => Object.values(r).join(' '));
    const plan = (await m.query('EXPLAIN SELECT * FROM gaia_referral_monthly')).map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
    return {
      records: await rows('SELECT ward_code FROM gaia_referral ORDER BY 1'),
      months: await rows('SELECT ward_code, sum(n)::int FROM gaia_referral_monthly GROUP BY 1 ORDER BY 1'),
      chrysalis: await rows('SELECT count(*)::int FROM chrysalis_move_on_monthly'),
      perRow: /Filter:.*current_setting/.test(plan),
    };
  });
}

describe('the ScopeReadOnce migration', () => {
  it('shows every request the same rows before and after, reading who is asking once per statement', async () => {
    const after = { member: await seen(member, { kind: 'all' }), councillor: await seen(councillor, { kind: 'wards', wards: [OVAL] }) };
    expect(after.councillor).toEqual({ records: [OVAL], months: [`${OVAL} 1`], chrysalis: ['0'], perRow: false });
    expect(after.member).toEqual({ records: ['E05000420', OVAL, ''], months: ['E05000420 1', `${OVAL} 1`, ' 1'], chrysalis: ['1'], perRow: false });

    const runner = db.dataSource.createQueryRunner();
    try {
      await new ScopeReadOnce1763901500000().down(runner);
      const before = { member: await seen(member, { kind: 'all' }), councillor: await seen(councillor, { kind: 'wards', wards: [OVAL] }) };
      expect(before).toEqual({ member: { ...after.member, perRow: true }, councillor: { ...after.councillor, perRow: true } });
      await new ScopeReadOnce1763901500000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await seen(councillor, { kind: 'wards', wards: [OVAL] })).toEqual(after.councillor);
  });
});
