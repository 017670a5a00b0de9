import { GraphQLError } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { BRIXTON_HILL, csv, importCsv, releaseToFunders, smallFgmCellLines } from '../../test/import-helpers';
import type { AuthUser } from '../access/roles';
import { answerFigures } from './answer-figures';
import type { FigureArgs } from './figure-query';
import { loadReferenceCatalogue } from '../reference/reference-catalogue';

let db: TestDatabase;
const funder: AuthUser = { subject: 'f', role: 'funder', wards: [] };
const member: AuthUser = { subject: 'm', role: 'member', wards: [] };

beforeAll(async () => {
  db = await createTestDatabase();
  const lines = smallFgmCellLines();
  for (let i = 0; i < 40; i += 1) lines.push(`S${i},2012-04-${String((i % 28) + 1).padStart(2, '0')},sexual_violence,E05000420,18_24,female,self`);
  await importCsv(db.dataSource, 'gaia_referrals', csv(...lines));
  await releaseToFunders(db.dataSource);
});
afterAll(() => db.drop());

async function ask(user: AuthUser, args: Partial<FigureArgs>) {
  const context = { user, dataSource: db.requestDataSource, reference: () => loadReferenceCatalogue(db.requestDataSource) };
  return answerFigures(context, { measure: 'gaia.referrals', financialYear: '2012/13', granularity: 'MONTH', ...args });
}

const brixtonApril = (rows: { period: { label: string } | null; key: { code: string }[]; suppressed: boolean; value: number | null }[]) =>
  rows.filter((r) => r.period?.label === '2012-04' && r.key[0].code === BRIXTON_HILL);

describe('disclosure control across requests', () => {
  it('withholds a ward total in the ward-only request when the ward × strand table needs it withheld', async () => {
    const byWardAndStrand = await ask(funder, { groupBy: ['WARD', 'STRAND'] });
    expect(brixtonApril(byWardAndStrand.rows).map((r) => [r.key[1].code, r.suppressed])).toEqual([['fgm', true]]);
    const byWard = await ask(funder, { groupBy: ['WARD'] });
    // Published, 7 would equal the FGM cell, since every other strand of Brixton Hill in April is 0.
    expect(brixtonApril(byWard.rows).map((r) => [r.value, r.suppressed])).toEqual([[null, true]]);
    const filtered = await ask(funder, { filter: { ward: [BRIXTON_HILL] } });
    expect(filtered.rows.find((r) => r.period?.label === '2012-04')).toMatchObject({ value: null, suppressed: true });
    expect(filtered).toMatchObject({ total: null, suppressed: true });
  });

  it('shows the operational group the same cells unsuppressed', async () => {
    const byWard = await ask(member, { groupBy: ['WARD'] });
    expect(brixtonApril(byWard.rows).map((r) => [r.value, r.suppressed])).toEqual([[7, false]]);
  });

  it('refuses funders a combination of breakdowns that one pattern cannot protect', async () => {
    const refusal = await ask(funder, { groupBy: ['WARD', 'AGE_BAND'] }).catch((e: GraphQLError) => e);
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).message).toBe('Argument "groupBy": gaia.referrals can be broken down by WARD and STRAND together, or by one other dimension at a time (groupBy and filter count together)');
    expect((await ask(funder, { groupBy: ['AGE_BAND'] })).rows.length).toBeGreaterThan(0);
  });

  it('keeps a released month as released when late records arrive, so two versions of a cell never both reach a funder', async () => {
    const before = await ask(funder, { groupBy: ['WARD', 'STRAND'] });
    expect(brixtonApril(before.rows).map((r) => [r.key[1].code, r.suppressed])).toEqual([['fgm', true]]);
    const beforeByWard = await ask(funder, { groupBy: ['WARD'], granularity: null });
    // Three late FGM referrals in Brixton Hill in April: the records say 10 now.
    const more = ['ref,date,strand,ward_code,age_band,sex,referral_source', ...[7, 8, 9].map((i) => `F${i},2012-04-1${i},fgm,${BRIXTON_HILL},25_34,female,health`)];
    expect((await importCsv(db.dataSource, 'gaia_referrals', csv(...more))).status).toBe('imported');
    await releaseToFunders(db.dataSource);
    // Before releases, the funder's year total for a ward moved by 3 and gave the late cell away; now nothing moves.
    expect(await ask(funder, { groupBy: ['WARD'], granularity: null })).toEqual(beforeByWard);
    expect(brixtonApril((await ask(funder, { groupBy: ['WARD', 'STRAND'] })).rows).map((r) => [r.key[1].code, r.suppressed])).toEqual([['fgm', true]]);
    expect(brixtonApril((await ask(member, { groupBy: ['WARD', 'STRAND'] })).rows).map((r) => [r.key[1].code, r.value])).toEqual([['fgm', 10]]);
  });
});
