import { ScopeReadOnce1763901500000 } from '../../../migrations/1763901500000-ScopeReadOnce';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import { releaseEverything } from '../figures/disclosure-release.service';
import { setRowScope, type RowScope } from './request-scope';
import type { AuthUser } from './roles';
import { scopedTables } from '../../test/support/scoped-tables';

let db: TestDatabase;
const OVAL = 'E05000426';
const COLDHARBOUR = 'E05000420';

beforeAll(async () => {
  db = await createTestDatabase();
  await importCsv(db.dataSource, 'gaia_referrals', csv(
    'ref,date,strand,ward_code,age_band,sex,referral_source',
    'G1,2012-04-15,domestic_violence,E05000426,25_34,female,police',
    'G2,2012-05-20,domestic_violence,E05000420,18_24,female,self',
    'G3,2012-07-01,stalking,,35_44,male,health',
  ));
  await importCsv(db.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', 'O1,2012-05-01,E05000420,kerb_crawling', 'O2,2012-06-01,E05000426,other'));
  await importCsv(db.dataSource, 'warning_letters', csv('ref,date,ward_code', 'W1,2012-05-03,E05000429', 'W2,2012-05-04,E05000426'));
  await importCsv(db.dataSource, 'arrests', csv('ref,date,ward_code,offence,sex,age_band,drug_test_referred', 'A1,2012-05-01,E05000420,soliciting_to_sell,female,25_34,true'));
  await importCsv(db.dataSource, 'chrysalis_move_ons', csv('ref,date,from_step,destination,planned', 'C1,2012-05-01,1,independent_tenancy,true'));
  await releaseEverything(db.dataSource, 'test');
});
afterAll(() => db.drop());

/** Every scope a request can be in, and none at all: the settings a policy reads may be unset, empty or a list. */
const SCOPES: [string, RowScope | null][] = [
  ['no scope said', null],
  ['the whole borough', { kind: 'all' }],
  ['no wards', { kind: 'wards', wards: [] }],
  ['one ward', { kind: 'wards', wards: [OVAL] }],
  ['two wards', { kind: 'wards', wards: [OVAL, COLDHARBOUR] }],
];
const asker: AuthUser = { subject: 'someone', role: 'councillor', wards: [OVAL, COLDHARBOUR] };

/** What each scope sees of every scoped table, as the request role. */
async function seenByEveryScope(): Promise<Record<string, Record<string, string[]>>> {
  const tables = await scopedTables(db.dataSource);
  expect(tables).toHaveLength(15);
  const seen: Record<string, Record<string, string[]>> = {};
  for (const [name, scope] of SCOPES) {
    seen[name] = await db.requestDataSource.transaction(async (m) => {
      if (scope) await setRowScope(m, asker, scope);
      const rows: Record<string, string[]> = {};
      for (const table of tables) {
        const wards = table.startsWith('chrysalis') ? `'-'` : 'ward_code';
        const counted = await m.query(`SELECT ${wards} AS ward, count(*)::int AS n FROM ${table} GROUP BY 1 ORDER BY 1`);
        rows[table] = counted.map((r: { ward: string | null; n: number }) => `${r.ward ?? 'none'} ${r.n}`);
      }
      return rows;
    });
  }
  return seen;
}

describe('the ScopeReadOnce migration', () => {
  it('shows every scope the same rows of every scoped table before and after', async () => {
    const after = await seenByEveryScope();
    // Spot checks that the fixture exercises each case: nothing unscoped, every row for the borough, only the wards listed.
    expect(after['no scope said'].gaia_referral).toEqual([]);
    expect(after['the whole borough'].gaia_referral_released).toEqual([`${COLDHARBOUR} 1`, `${OVAL} 1`, 'none 1']);
    expect(after['no wards'].warning_letter).toEqual([]);
    expect(after['one ward'].police_operation_monthly).toEqual([`${OVAL} 1`]);
    expect(after['two wards'].warning_letter).toEqual([`${OVAL} 1`]);
    expect(after['two wards'].chrysalis_move_on).toEqual([]);

    const runner = db.dataSource.createQueryRunner();
    try {
      await new ScopeReadOnce1763901500000().down(runner);
      expect(await seenByEveryScope()).toEqual(after);
      await new ScopeReadOnce1763901500000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await seenByEveryScope()).toEqual(after);
  });
});
