import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import { createDataSource } from '../db/data-source';
import { openRequestDataSource } from '../db/database';
import { withRowScope } from './request-scope';
import { scopedTables } from '../../test/support/scoped-tables';
import type { AuthUser } from './roles';

let db: TestDatabase;
const OVAL = 'E05000426';
const COLDHARBOUR = 'E05000420';
const councillor = (ward: string): AuthUser => ({ subject: `cllr-${ward}`, role: 'councillor', wards: [ward] });
const member: AuthUser = { subject: 'm', role: 'member', wards: [] };

beforeAll(async () => {
  db = await createTestDatabase();
  await importCsv(db.dataSource, 'gaia_referrals', csv(
    'ref,date,strand,ward_code,age_band,sex,referral_source',
    'G1,2012-04-15,domestic_violence,E05000426,25_34,female,police',
    'G2,2012-05-20,domestic_violence,E05000420,18_24,female,self',
    'G3,2012-06-30,trafficking,E05000426,18_24,female,police',
    'G4,2012-07-01,stalking,,35_44,male,health',
  ));
  await importCsv(db.dataSource, 'chrysalis_move_ons', csv('ref,date,from_step,destination,planned', 'C1,2012-05-01,1,independent_tenancy,true'));
});
afterAll(() => db.drop());

const wardsSeen = async (user: AuthUser, scope: Parameters<typeof withRowScope>[2]) =>
  withRowScope(db.requestDataSource, user, scope, async (m) => (await m.query('SELECT ward_code FROM gaia_referral ORDER BY ward_code')).map((r: { ward_code: string | null }) => r.ward_code));

describe('row-level security: the second wall', () => {
  it('shows the application role no rows at all when a request has not said who it is', async () => {
    expect(await db.requestDataSource.query('SELECT count(*)::int AS n FROM gaia_referral')).toEqual([{ n: 0 }]);
    expect(await db.requestDataSource.query('SELECT count(*)::int AS n FROM chrysalis_move_on')).toEqual([{ n: 0 }]);
  });

  it('shows every row to a request with the whole borough in scope', async () => {
    expect(await wardsSeen(member, { kind: 'all' })).toEqual([COLDHARBOUR, OVAL, OVAL, null]);
  });

  it("shows a councillor's ward-level request only that ward's rows, whatever the SQL asks", async () => {
    expect(await wardsSeen(councillor(OVAL), { kind: 'wards', wards: [OVAL] })).toEqual([OVAL, OVAL]);
    const chrysalis = await withRowScope(db.requestDataSource, councillor(OVAL), { kind: 'wards', wards: [OVAL] }, (m) => m.query('SELECT count(*)::int AS n FROM chrysalis_move_on'));
    expect(chrysalis).toEqual([{ n: 0 }]);
  });

  it('reads who is asking once per statement, not once per row, on every scoped table', async () => {
    const tables = await scopedTables(db.dataSource);
    expect(tables).toHaveLength(15); // five fact tables, their monthly rollups and their released months
    const plans = await withRowScope(db.requestDataSource, councillor(OVAL), { kind: 'wards', wards: [OVAL] }, async (m) => Promise.all(
      tables.map(async (table) => (await m.query(`EXPLAIN SELECT count(*) FROM ${table}`)).map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n')),
    ));
    // Each setting is an InitPlan; a bare current_setting() in the scan's filter would run again for every row.
    const perRow = tables.filter((_, i) => !/InitPlan/.test(plans[i]) || /Filter:.*current_setting/.test(plans[i]));
    expect(perRow).toEqual([]);
  });

  it('never lets concurrent requests for different wards see each other\'s rows through a 2-connection pool', async () => {
    const pool = await openRequestDataSource(db.url, undefined, !process.env.DATABASE_URL);
    const small = createDataSource((pool.options as { url: string }).url, { poolSize: 2 });
    await pool.destroy();
    await small.initialize();
    try {
      const requests = Array.from({ length: 60 }, (_, i) => (i % 2 ? OVAL : COLDHARBOUR));
      const results = await Promise.all(requests.map((ward) =>
        withRowScope(small, councillor(ward), { kind: 'wards', wards: [ward] }, async (m) => {
          await m.query('SELECT pg_sleep(0.005)');
          return { ward, seen: (await m.query('SELECT DISTINCT ward_code FROM gaia_referral')).map((r: { ward_code: string }) => r.ward_code) };
        })));
      for (const { ward, seen } of results) expect(seen).toEqual([ward]);
      // Nothing lingers on the pooled connections once the transactions are over.
      expect(await small.query('SELECT count(*)::int AS n FROM gaia_referral')).toEqual([{ n: 0 }]);
    } finally {
      await small.destroy();
    }
  });

  it('runs requests as a role that owns no table and cannot bypass row-level security', async () => {
    const [who] = await db.requestDataSource.query('SELECT current_user AS role, r.rolsuper AS superuser, r.rolbypassrls AS bypass FROM pg_roles r WHERE r.rolname = current_user');
    expect(who).toEqual({ role: 'vawg_app', superuser: false, bypass: false });
    const owned = await db.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'vawg_app'`);
    expect(owned).toEqual([]);
  });

  it('lets only an analyst request write records', async () => {
    const insert = (user: AuthUser) => withRowScope(db.requestDataSource, user, { kind: 'all' }, (m) =>
      m.query(`INSERT INTO chrysalis_move_on (ref_hash, date, batch_id, from_step, destination, planned) SELECT repeat('a', 64), DATE '2012-05-01', id, '1', 'other', true FROM import_batch LIMIT 1`));
    await expect(insert(member)).rejects.toThrow(/row-level security/);
    await expect(insert({ subject: 'a', role: 'analyst', wards: [] })).resolves.toBeDefined();
  });

  it('keeps the audit log append-only for the application role', async () => {
    await withRowScope(db.requestDataSource, member, { kind: 'all' }, (m) => m.query(`INSERT INTO audit_log (subject, role, operation, outcome) VALUES ('x', 'member', 'test', 'ok')`));
    await expect(db.requestDataSource.query(`UPDATE audit_log SET outcome = 'changed'`)).rejects.toThrow(/permission denied/);
    await expect(db.requestDataSource.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
  });
});
