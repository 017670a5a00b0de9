import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv, releaseToFunders } from '../../test/import-helpers';
import { firstError, runAs } from '../../test/support/graphql-as';

/**
 * Forced begging counted (issue 10): trafficking referrals carry an exploitation type, the measure
 * gaia.trafficking_forced_begging counts those for forced begging, and the register's forced-begging
 * issue is linked to it so its signal is read there.
 */
let db: TestDatabase;
const TODAY = '2026-12-15';
const ACRE_LANE = 'E05014095';
const HEADER = 'ref,date,strand,ward_code,age_band,sex,referral_source,exploitation_type';

/** 2025-05 … 2026-11: twelve months alternating 1 and 2 referrals for forced begging, then seven at 3 (a shift). */
const MONTHS = Array.from({ length: 19 }, (_, i) => `${2025 + Math.floor((i + 4) / 12)}-${String(((i + 4) % 12) + 1).padStart(2, '0')}`);
const BEGGING = [...Array.from({ length: 12 }, (_, i) => (i % 2 ? 2 : 1)), 3, 3, 3, 3, 3, 3, 3];

beforeAll(async () => {
  process.env.VAWG_TODAY = TODAY;
  db = await createTestDatabase();
  const rows = MONTHS.flatMap((month, m) => [
    ...Array.from({ length: BEGGING[m] }, (_, i) => `B-${month}-${i},${month}-1${i},trafficking,${ACRE_LANE},25_34,female,police,forced_begging`),
    `L-${month},${month}-05,trafficking,,18_24,male,police,labour`,
    `N-${month},${month}-06,trafficking,,18_24,female,self,`,
    ...Array.from({ length: 4 }, (_, i) => `D-${month}-${i},${month}-0${i + 1},domestic_violence,,35_44,female,self,`),
  ]);
  expect(await importCsv(db.dataSource, 'gaia_referrals', csv(HEADER, ...rows))).toMatchObject({ status: 'imported', issues: [] });
  await releaseToFunders(db.dataSource);
});
afterAll(async () => {
  delete process.env.VAWG_TODAY;
  await db.drop();
});

const FIGURES = `query ($measure: ID!, $financialYear: String, $from: Date, $to: Date, $granularity: Granularity, $groupBy: [Dimension!], $filter: FigureFilter) {
  figures(measure: $measure, financialYear: $financialYear, from: $from, to: $to, granularity: $granularity, groupBy: $groupBy, filter: $filter) {
    total suppressed rows { period { label } key { code label } value suppressed }
  }
}`;
const rowsOf = (result: Awaited<ReturnType<typeof runAs>>) =>
  (result.data?.figures.rows as { period: { label: string } | null; key: { code: string; label: string }[]; value: number | null; suppressed: boolean }[])
    .map((r) => [r.period?.label ?? null, ...r.key.map((k) => k.code), r.suppressed ? '[c]' : r.value]);

describe('the forced-begging measure', () => {
  it('is in the catalogue, with the exploitation type as a breakdown of Gaia referrals', async () => {
    const { data } = await runAs(db, 'member', '{ measures { id label polarity countsPeople dimensions } }');
    const measures = data?.measures as { id: string; label: string; polarity: string; countsPeople: boolean; dimensions: string[] }[];
    expect(measures.find((m) => m.id === 'gaia.trafficking_forced_begging')).toEqual({
      id: 'gaia.trafficking_forced_begging', label: 'Trafficking referrals for forced begging', polarity: 'NO_TARGET', countsPeople: true,
      dimensions: ['WARD', 'STRAND', 'AGE_BAND', 'SEX', 'REFERRAL_SOURCE', 'EXPLOITATION_TYPE'],
    });
    expect(measures.find((m) => m.id === 'gaia.referrals')?.dimensions).toContain('EXPLOITATION_TYPE');
  });

  it('counts trafficking referrals for forced begging by month', async () => {
    const result = await runAs(db, 'member', FIGURES, { measure: 'gaia.trafficking_forced_begging', financialYear: '2026/27', granularity: 'MONTH' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.figures.total).toBe(23);
    expect(rowsOf(result).slice(0, 8)).toEqual([
      ['2026-04', 2], ['2026-05', 3], ['2026-06', 3], ['2026-07', 3], ['2026-08', 3], ['2026-09', 3], ['2026-10', 3], ['2026-11', 3],
    ]);
  });

  it('breaks Gaia referrals down by exploitation type, "not recorded" for the rest, and filters by it', async () => {
    const byType = await runAs(db, 'member', FIGURES, { measure: 'gaia.referrals', from: '2026-11-01', to: '2026-11-30', groupBy: ['EXPLOITATION_TYPE'] });
    expect(byType.data?.figures.rows.map((r: { key: { code: string; label: string }[]; value: number }) => [r.key[0].code, r.key[0].label, r.value])).toEqual([
      ['labour', 'Labour exploitation', 1], ['forced_begging', 'Forced begging', 3], ['not_recorded', 'Not recorded', 5],
    ]);
    const filtered = await runAs(db, 'member', FIGURES, { measure: 'gaia.referrals', from: '2026-11-01', to: '2026-11-30', filter: { exploitationType: ['forced_begging', 'labour'] } });
    expect(filtered.data?.figures.total).toBe(4);
    expect(firstError(await runAs(db, 'member', FIGURES, { measure: 'gaia.referrals', financialYear: '2026/27', filter: { exploitationType: ['begging'] } }))).toMatchObject({
      code: 'BAD_USER_INPUT', argument: 'filter.exploitationType',
    });
    expect(firstError(await runAs(db, 'member', FIGURES, { measure: 'arrests.men_buying', financialYear: '2026/27', groupBy: ['EXPLOITATION_TYPE'] }))?.message)
      .toBe('Argument "groupBy": arrests.men_buying cannot be broken down by EXPLOITATION_TYPE; it can be by WARD, AGE_BAND, SEX, OFFENCE');
  });

  it("shows members the counts, and is the operational group's: funders and councillors neither list nor get it", async () => {
    const args = { measure: 'gaia.trafficking_forced_begging', financialYear: '2026/27', granularity: 'MONTH', groupBy: ['WARD'] };
    const member = await runAs(db, 'member', FIGURES, args);
    expect(rowsOf(member).slice(0, 2)).toEqual([['2026-04', ACRE_LANE, 2], ['2026-05', ACRE_LANE, 3]]);
    for (const role of ['funder', 'councillor'] as const) {
      expect(firstError(await runAs(db, role, FIGURES, { ...args, groupBy: null }))).toMatchObject({ code: 'FORBIDDEN', argument: 'measure' });
      const listed = await runAs(db, role, '{ measures { id } }');
      expect(listed.data?.measures.map((m: { id: string }) => m.id)).not.toContain('gaia.trafficking_forced_begging');
    }
    expect((await runAs(db, 'member', '{ measures { id } }')).data?.measures.map((m: { id: string }) => m.id)).toContain('gaia.trafficking_forced_begging');
  });
});

describe('the forced-begging issue on the register', () => {
  const SIGNALS = '{ signals(limit: 100) { id meaning direction latestPeriod rules summary linkedIssue { id } } }';
  const LINK = `mutation ($signalId: ID!, $issueId: ID!) { linkSignalToIssue(signalId: $signalId, issueId: $issueId) { id linkedIssue { id title linkedMeasures } } }`;
  const SIGNAL = 'gaia.trafficking_forced_begging|STRAND|trafficking';

  it('is linked to the measure, beside the measure it had', async () => {
    const { data } = await runAs(db, 'member', '{ emergingIssues { title linkedMeasures } }');
    expect(data?.emergingIssues).toEqual([{
      title: 'Forced begging, trafficking and prostitution', linkedMeasures: ['gaia.referrals', 'gaia.trafficking_forced_begging'],
    }]);
  });

  it('has the signal of the rise in forced begging to file under it', async () => {
    const { data } = await runAs(db, 'member', SIGNALS);
    const signal = (data?.signals as { id: string }[]).find((s) => s.id === SIGNAL);
    expect(signal).toEqual({
      id: SIGNAL, meaning: 'neither', direction: 'HIGH', latestPeriod: '2026-11', rules: ['SHIFT'], linkedIssue: null,
      summary: 'Trafficking referrals for forced begging (Trafficking): special cause variation, unusually high – November 2026 is one of 7 or more months in a row above the average.',
    });
    const linked = await runAs(db, 'analyst', LINK, { signalId: SIGNAL, issueId: '1' });
    expect(linked.data?.linkSignalToIssue).toEqual({
      id: SIGNAL, linkedIssue: { id: '1', title: 'Forced begging, trafficking and prostitution', linkedMeasures: ['gaia.referrals', 'gaia.trafficking_forced_begging'] },
    });
  });
});
