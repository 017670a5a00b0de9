import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import { firstError, runAs } from '../../test/support/graphql-as';

let db: TestDatabase;

const MONTHS = Array.from({ length: 19 }, (_, i) => `${2012 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`); // 2012-04 … 2013-10
const alternating = (n: number, low: number, high: number) => Array.from({ length: n }, (_, i) => (i % 2 ? high : low));
/** Gaia referrals per month and strand, with no ward (so no ward series): each expectation below is worked out from these. */
const PLANTED: Record<string, number[]> = {
  // Mean 1.5, mean moving range 1 over the first 12; then seven months at 3, every one above the mean: a shift.
  trafficking: [...alternating(12, 1, 2), 3, 3, 3, 3, 3, 3, 3],
  // The same baseline, then a latest month of 6, above the upper limit of 4.16.
  stalking: [...alternating(18, 1, 2), 6],
  // Nothing unusual.
  domestic_violence: alternating(19, 4, 5),
};

beforeAll(async () => {
  db = await createTestDatabase();
  const rows = Object.entries(PLANTED).flatMap(([strand, counts]) =>
    counts.flatMap((count, m) => Array.from({ length: count }, (_, i) => `${strand}-${MONTHS[m]}-${i},${MONTHS[m]}-${String(10 + i).padStart(2, '0')},${strand},,25_34,female,police`)));
  const report = await importCsv(db.dataSource, 'gaia_referrals', csv('ref,date,strand,ward_code,age_band,sex,referral_source', ...rows));
  expect(report.status).toBe('imported');
});
afterAll(() => db.drop());

const SIGNALS = `query ($limit: Int) { signals(limit: $limit) { id measure { id } dimension code label latestPeriod direction meaning rules score summary linkedIssue { id title } } }`;
const LINK = `mutation ($signalId: ID!, $issueId: ID!) { linkSignalToIssue(signalId: $signalId, issueId: $issueId) { id score linkedIssue { id title } } }`;

describe('signals', () => {
  it('finds the strands whose latest months show special cause, ranked by score', async () => {
    const result = await runAs(db, 'member', SIGNALS);
    expect(result.errors).toBeUndefined();
    expect(result.data?.signals).toEqual([
      {
        id: 'gaia.referrals|STRAND|stalking', measure: { id: 'gaia.referrals' }, dimension: 'STRAND', code: 'stalking', label: 'Stalking',
        latestPeriod: '2013-10', direction: 'HIGH', meaning: 'improvement', rules: ['OUTSIDE_LIMITS'],
        score: 16.5, // 3 (beyond a limit) × 1 (latest month) × (1 + (6 − 1.5) / 1)
        summary: 'Gaia Centre referrals (Stalking): special cause variation, an improvement – October 2013 is above the upper process limit.',
        linkedIssue: null,
      },
      {
        id: 'gaia.referrals|STRAND|trafficking', measure: { id: 'gaia.referrals' }, dimension: 'STRAND', code: 'trafficking', label: 'Trafficking',
        latestPeriod: '2013-10', direction: 'HIGH', meaning: 'improvement', rules: ['SHIFT'],
        score: 5, // 2 (shift) × 1 × (1 + (3 − 1.5) / 1)
        summary: 'Gaia Centre referrals (Trafficking): special cause variation, an improvement – October 2013 is one of 7 or more months in a row above the average.',
        linkedIssue: null,
      },
    ]);
  });

  it('returns at most the number asked for, from 1 to 100', async () => {
    const one = await runAs(db, 'member', SIGNALS, { limit: 1 });
    expect(one.data?.signals.map((s: { code: string }) => s.code)).toEqual(['stalking']);
    expect(firstError(await runAs(db, 'member', SIGNALS, { limit: 101 }))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'limit', message: 'Argument "limit": must be a whole number from 1 to 100; got 101',
    });
  });

  it('links a signal to the register in one step, and shows the link with the signal', async () => {
    const linked = await runAs(db, 'analyst', LINK, { signalId: 'gaia.referrals|STRAND|trafficking', issueId: '1' });
    expect(linked.data?.linkSignalToIssue).toEqual({
      id: 'gaia.referrals|STRAND|trafficking', score: 5, linkedIssue: { id: '1', title: 'Forced begging, trafficking and prostitution' },
    });
    const listed = await runAs(db, 'member', SIGNALS);
    expect(listed.data?.signals.map((s: { code: string; linkedIssue: { id: string } | null }) => [s.code, s.linkedIssue?.id ?? null])).toEqual([['stalking', null], ['trafficking', '1']]);
    expect(await db.dataSource.query('SELECT signal_id, issue_id FROM signal_link')).toEqual([{ signal_id: 'gaia.referrals|STRAND|trafficking', issue_id: 1 }]);
  });

  it.each<[string, string, string, string]>([
    ['a series with nothing unusual', 'gaia.referrals|STRAND|domestic_violence', 'signalId',
      'Argument "signalId": gaia.referrals|STRAND|domestic_violence shows no special-cause variation in its last three months, so there is no signal to link'],
    ['a breakdown the measure does not have', 'police.operations|STRAND|trafficking', 'signalId',
      'Argument "signalId": police.operations has no signals by STRAND; it has them by WARD'],
    ['an unknown code', 'gaia.referrals|STRAND|begging', 'signalId', 'Argument "signalId": "begging" is not a known strand code'],
    ['something that is not a signal id', 'trafficking', 'signalId',
      'Argument "signalId": "trafficking" is not a signal id; signal ids are written "<measure>|<dimension>|<code>", e.g. "gaia.referrals|STRAND|trafficking"'],
  ])('refuses to link %s', async (_name, signalId, argument, message) => {
    expect(firstError(await runAs(db, 'analyst', LINK, { signalId, issueId: '1' }))).toEqual({ code: 'BAD_USER_INPUT', argument, message });
  });

  it('refuses to link to an issue that does not exist', async () => {
    expect(firstError(await runAs(db, 'analyst', LINK, { signalId: 'gaia.referrals|STRAND|stalking', issueId: '7' }))).toEqual({
      code: 'BAD_USER_INPUT', argument: 'issueId', message: 'Argument "issueId": no emerging issue has id "7"',
    });
  });
});

describe('who may see and link signals', () => {
  it('lets only analysts link, and keeps ward- and strand-level signals from funders and councillors', async () => {
    expect(firstError(await runAs(db, 'member', LINK, { signalId: 'gaia.referrals|STRAND|stalking', issueId: '1' }))?.code).toBe('UNAUTHORIZED');
    for (const role of ['funder', 'councillor'] as const) expect(firstError(await runAs(db, role, SIGNALS))?.code).toBe('UNAUTHORIZED');
  });
});

describe('signals across a boundary review', () => {
  let wards: TestDatabase;
  const monthsFrom = (year: number, month: number, count: number) =>
    Array.from({ length: count }, (_, i) => `${year + Math.floor((month - 1 + i) / 12)}-${String(((month - 1 + i) % 12) + 1).padStart(2, '0')}`);
  beforeAll(async () => {
    wards = await createTestDatabase();
    // Two kerb-crawler operations a month in Oval (2002 wards) to April 2022, then in Brixton Acre Lane (2022 wards) to June 2023.
    const rows = [
      ...monthsFrom(2020, 4, 25).map((month) => ['E05000426', month] as const),
      ...monthsFrom(2022, 5, 14).map((month) => ['E05014095', month] as const),
    ].flatMap(([ward, month]) => [1, 2].map((n) => `op-${ward}-${month}-${n},${month}-1${n},${ward},kerb_crawling`));
    const report = await importCsv(wards.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', ...rows));
    expect(report.status).toBe('imported');
  });
  afterAll(() => wards.drop());

  it('reads no abolished ward\'s months since as quiet ones, and raises no signal for a ward that no longer exists', async () => {
    const result = await runAs(wards, 'member', SIGNALS, { limit: 100 });
    expect(result.errors).toBeUndefined();
    // Before, Oval's fourteen months after May 2022 counted as 0: a shift below its average.
    expect(result.data?.signals.filter((s: { dimension: string }) => s.dimension === 'WARD')).toEqual([]);
  });
});
