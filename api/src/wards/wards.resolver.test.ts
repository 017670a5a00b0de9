import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { Readable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import type { AuthUser, Role } from '../access/roles';
import type { Config } from '../config';
import { publishDisclosureRelease } from '../figures/disclosure-release.service';
import { loadReferenceCatalogue } from '../reference/reference-catalogue';
import type { RequestContext } from '../context/request-context';
import { buildApiSchema } from '../server/schema';
import { loadWardBestFit } from './ward-best-fit.service';

let db: TestDatabase;
let schema: GraphQLSchema;

const BRIXTON_HILL = 'E05000417';
const COLDHARBOUR = 'E05000420';
const OVAL_2002 = 'E05000426';
const BRIXTON_ACRE_LANE = 'E05014095';

const userOf = (role: Role, wards: string[] = []): AuthUser => ({ subject: `test-${role}`, role, wards });
async function run(user: AuthUser, source: string): Promise<ExecutionResult<Record<string, any>>> {
  const contextValue: RequestContext = { user, config: {} as Config, dataSource: db.requestDataSource, reference: () => loadReferenceCatalogue(db.dataSource) };
  return graphql({ schema, source, contextValue }) as Promise<ExecutionResult<Record<string, any>>>;
}
const errorOf = (result: ExecutionResult) => ({ code: result.errors?.[0]?.extensions?.code, argument: result.errors?.[0]?.extensions?.argument, message: result.errors?.[0]?.message });

/** Referrals in a ward on one day: n records. */
const referrals = (ward: string, date: string, n: number) =>
  Array.from({ length: n }, (_, i) => `R-${ward}-${date}-${i},${date},domestic_violence,${ward},25_34,female,self`);

/**
 * A made-up best fit (the shares are invented for the test, not published ones): Brixton Acre Lane
 * takes half of Brixton Hill and a quarter of Coldharbour; every other 2002 ward goes whole to West Dulwich.
 */
async function loadTestBestFit(): Promise<void> {
  const wards: { gss_code: string }[] = await db.dataSource.query(`SELECT gss_code FROM ward WHERE vintage = 'WD02' ORDER BY gss_code`);
  const rows = wards.flatMap(({ gss_code: code }) => {
    if (code === BRIXTON_HILL) return [`${code},${BRIXTON_ACRE_LANE},0.5`, `${code},E05014096,0.5`];
    if (code === COLDHARBOUR) return [`${code},${BRIXTON_ACRE_LANE},0.25`, `${code},E05014098,0.75`];
    return [`${code},E05014119,1`];
  });
  const report = await loadWardBestFit(db.dataSource, { open: () => Readable.from([csv('from_ward_code,to_ward_code,share', ...rows)]) });
  expect(report.issues).toEqual([]);
}

beforeAll(async () => {
  db = await createTestDatabase();
  schema = await buildApiSchema();
  await importCsv(db.dataSource, 'gaia_referrals', csv('ref,date,strand,ward_code,age_band,sex,referral_source',
    ...referrals(BRIXTON_HILL, '2012-06-15', 20), ...referrals(COLDHARBOUR, '2012-06-15', 12), ...referrals(OVAL_2002, '2012-06-15', 30),
    ...referrals(BRIXTON_HILL, '2013-06-15', 10), ...referrals(COLDHARBOUR, '2013-06-15', 2), ...referrals(OVAL_2002, '2013-06-15', 30),
  ));
});
afterAll(() => db.drop());

describe('Query.wards', () => {
  it('lists the wards valid on a day, by name, for every role', async () => {
    for (const role of ['analyst', 'member', 'funder', 'councillor'] as Role[]) {
      const result = await run(userOf(role, role === 'councillor' ? [BRIXTON_ACRE_LANE] : []), '{ wards(on: "2026-06-01") { code name validFrom validTo vintage } }');
      expect(result.errors).toBeUndefined();
      expect(result.data?.wards).toHaveLength(25);
      expect(result.data?.wards[0]).toEqual({ code: BRIXTON_ACRE_LANE, name: 'Brixton Acre Lane', validFrom: '2022-05-05', validTo: null, vintage: 'WD22' });
    }
    const in2012 = await run(userOf('member'), '{ wards(on: "2012-04-01") { code name validTo vintage } }');
    expect(in2012.data?.wards).toHaveLength(21);
    expect(in2012.data?.wards[0]).toEqual({ code: 'E05000416', name: "Bishop's", validTo: '2022-05-04', vintage: 'WD02' });
  });

  it('lists the wards of today (VAWG_TODAY when set) without a day, and every vintage, oldest first, with all', async () => {
    const today = await run(userOf('funder'), '{ wards { vintage } }');
    expect(new Set(today.data?.wards.map((w: { vintage: string }) => w.vintage))).toEqual(new Set(['WD22']));
    const pinned = process.env.VAWG_TODAY;
    process.env.VAWG_TODAY = '2013-06-01';
    try {
      expect((await run(userOf('funder'), '{ wards { vintage } }')).data?.wards).toHaveLength(21);
    } finally {
      if (pinned === undefined) delete process.env.VAWG_TODAY;
      else process.env.VAWG_TODAY = pinned;
    }
    const all = await run(userOf('funder'), '{ wards(all: true) { code vintage } }');
    expect(all.data?.wards).toHaveLength(46);
    expect(all.data?.wards[0].vintage).toBe('WD02');
    expect(all.data?.wards[45].vintage).toBe('WD22');
  });

  it('refuses a day that is not a date, and a day with all, naming the argument', async () => {
    expect(errorOf(await run(userOf('member'), '{ wards(on: "2026-02-30") { code } }'))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'on', message: 'Argument "on": must be a real date written YYYY-MM-DD; got "2026-02-30"',
    });
    expect(errorOf(await run(userOf('member'), '{ wards(on: "2026-01-01", all: true) { code } }'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'on' });
  });
});

describe('Query.wardBoundaryEstimates', () => {
  const estimates = (user: AuthUser, ward = BRIXTON_ACRE_LANE, measure = 'gaia.referrals', range = 'from: "2012-04-01", to: "2026-03-31"') =>
    run(user, `{ wardBoundaryEstimates(ward: "${ward}", measure: "${measure}", ${range}) { estimated total suppressed releasedThrough rows { period { label } key { code label } value suppressed } } }`);
  const byYear = (result: ExecutionResult<Record<string, any>>) =>
    Object.fromEntries(result.data?.wardBoundaryEstimates.rows.map((r: { period: { label: string }; value: number | null }) => [r.period.label, r.value]));

  it('has no rows, labelled estimated, while no best-fit lookup is loaded', async () => {
    const result = await estimates(userOf('member'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.wardBoundaryEstimates).toMatchObject({ estimated: true, total: null, suppressed: false, rows: [] });
  });

  it('estimates each year before the ward began as Σ share × the earlier ward\'s count, rounded, never after', async () => {
    await loadTestBestFit();
    const result = await estimates(userOf('member'));
    expect(result.errors).toBeUndefined();
    const answer = result.data?.wardBoundaryEstimates;
    expect(answer.estimated).toBe(true);
    // 2012/13: 0.5 × 20 + 0.25 × 12 = 13; 2013/14: 0.5 × 10 + 0.25 × 2 = 5.5, shown as 6; none from 2022/23, when the ward began.
    expect(byYear(result)).toEqual({
      '2012/13': 13, '2013/14': 6, '2014/15': 0, '2015/16': 0, '2016/17': 0, '2017/18': 0, '2018/19': 0, '2019/20': 0, '2020/21': 0, '2021/22': 0,
    });
    expect(answer.total).toBe(19); // 18.5, rounded once
    expect(answer.rows[0].key).toEqual([{ code: BRIXTON_ACRE_LANE, label: 'Brixton Acre Lane' }]);
  });

  it('gives a ward no estimates when no best fit leads into it, and says estimated is false for every figure', async () => {
    expect((await estimates(userOf('member'), OVAL_2002)).data?.wardBoundaryEstimates.rows).toEqual([]);
    const figures = await run(userOf('member'), '{ figures(measure: "gaia.referrals", financialYear: "2012/13") { estimated total } }');
    expect(figures.data?.figures).toEqual({ estimated: false, total: 62 });
  });

  it('gives a funder estimates of released years only, and withholds one made of a withheld figure', async () => {
    const funder = userOf('funder');
    await db.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('vawg.role', 'analyst', true)`);
      await publishDisclosureRelease(m, '2013-03', 'test-analyst');
    });
    const firstRelease = await estimates(funder);
    expect(firstRelease.errors).toBeUndefined();
    expect(byYear(firstRelease)).toEqual({ '2012/13': 13 });
    expect(firstRelease.data?.wardBoundaryEstimates).toMatchObject({ releasedThrough: '2013-03', total: 13, suppressed: false });

    await db.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('vawg.role', 'analyst', true)`);
      await publishDisclosureRelease(m, '2014-03', 'test-analyst');
    });
    const second = await estimates(funder);
    // Coldharbour's 2 referrals in 2013/14 are withheld from a funder, so the estimate they are part of is too.
    expect(second.data?.wardBoundaryEstimates.rows.map((r: { period: { label: string }; value: number | null; suppressed: boolean }) => [r.period.label, r.value, r.suppressed]))
      .toEqual([['2012/13', 13, false], ['2013/14', null, true]]);
    expect(second.data?.wardBoundaryEstimates).toMatchObject({ total: null, suppressed: true, releasedThrough: '2014-03' });
  });

  it("withholds every estimate from a councillor of the ward (the earlier wards' figures are not theirs), and refuses another ward", async () => {
    const own = await estimates(userOf('councillor', [BRIXTON_ACRE_LANE]));
    expect(own.errors).toBeUndefined();
    expect(own.data?.wardBoundaryEstimates.rows.map((r: { value: number | null; suppressed: boolean }) => [r.value, r.suppressed])).toEqual([[null, true], [null, true]]);
    const other = await estimates(userOf('councillor', [BRIXTON_HILL]));
    expect(errorOf(other)).toEqual({
      code: 'FORBIDDEN', argument: 'ward',
      message: `Argument "ward": a councillor sees ward-level figures for their own ward(s) only (${BRIXTON_HILL}); ${BRIXTON_ACRE_LANE} is not one of them`,
    });
  });

  it('refuses a rate, a measure without wards and a ward that does not exist, naming the argument', async () => {
    expect(errorOf(await estimates(userOf('member'), BRIXTON_ACRE_LANE, 'arrests.women_drug_test_referral_rate'))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'measure',
      message: 'Argument "measure": arrests.women_drug_test_referral_rate is a rate: estimates on new boundaries are made for counts, which add up (ask for arrests.women_drug_test_referred and arrests.women_soliciting)',
    });
    expect(errorOf(await estimates(userOf('member'), BRIXTON_ACRE_LANE, 'chrysalis.move_ons'))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'measure' });
    expect(errorOf(await estimates(userOf('member'), 'E05014085'))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'ward', message: 'Argument "ward": "E05014085" is not a ward code; Query.wards lists every ward of every vintage',
    });
  });

  it('lists the years before the Gaia Centre opened as not collected, never as 0 estimates', async () => {
    const result = await run(userOf('member'), `{ wardBoundaryEstimates(ward: "${BRIXTON_ACRE_LANE}", measure: "gaia.referrals", from: "2010-04-01", to: "2013-03-31") {
      collectedFrom notCollected { label } rows { period { label } value } } }`);
    expect(result.data?.wardBoundaryEstimates).toMatchObject({ collectedFrom: '2012-01-01', notCollected: [{ label: '2010/11' }] });
    expect(byYear(result)).toEqual({ '2011/12': 0, '2012/13': 13 });
  });

  it('lists the quarters before the ward that are still to come as not yet begun, when its set is loaded ahead of its start', async () => {
    const pinned = process.env.VAWG_TODAY;
    process.env.VAWG_TODAY = '2021-11-15'; // Brixton Acre Lane begins on 5 May 2022
    try {
      const result = await run(userOf('member'), `{ wardBoundaryEstimates(ward: "${BRIXTON_ACRE_LANE}", measure: "gaia.referrals", granularity: QUARTER, from: "2021-04-01", to: "2022-12-31") {
        rows { period { label } value } notYetBegun { label } } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data?.wardBoundaryEstimates.rows.map((r: { period: { label: string } }) => r.period.label)).toEqual(['2021/22 Q1', '2021/22 Q2', '2021/22 Q3']);
      expect(result.data?.wardBoundaryEstimates.notYetBegun).toEqual([{ label: '2021/22 Q4' }]);
      expect(errorOf(await run(userOf('member'), `{ wardBoundaryEstimates(ward: "${BRIXTON_ACRE_LANE}", measure: "gaia.referrals", granularity: QUARTER, from: "2022-01-01", to: "2022-12-31") { total } }`)))
        .toMatchObject({ code: 'NOT_YET_BEGUN', argument: 'from' });
    } finally {
      if (pinned === undefined) delete process.env.VAWG_TODAY;
      else process.env.VAWG_TODAY = pinned;
    }
  });

  it('estimates by quarter too, only for quarters that ended before the ward began', async () => {
    const result = await run(userOf('member'), `{ wardBoundaryEstimates(ward: "${BRIXTON_ACRE_LANE}", measure: "gaia.referrals", granularity: QUARTER, from: "2021-10-01", to: "2022-12-31") { rows { period { label } } } }`);
    expect(result.data?.wardBoundaryEstimates.rows.map((r: { period: { label: string } }) => r.period.label)).toEqual(['2021/22 Q3', '2021/22 Q4']);
  });
});
