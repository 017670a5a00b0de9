import { GraphQLError } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv, importCsv } from '../../test/import-helpers';
import { londonToday } from '../shared/dates';
import { disclosureReleases, publishDisclosureRelease, releaseEverything } from './disclosure-release.service';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await importCsv(db.dataSource, 'gaia_referrals', csv('ref,date,strand,ward_code,age_band,sex,referral_source', 'A1,2012-04-03,stalking,E05000420,25_34,female,self', 'A2,2012-06-30,stalking,E05000420,25_34,female,self'));
});
afterAll(() => db.drop());

/** As an analyst's request runs it: in one transaction that says who is asking. */
function asAnalyst<T>(work: (manager: { query: (sql: string, params?: unknown[]) => Promise<never> }) => Promise<T>): Promise<T> {
  return db.requestDataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('vawg.role', 'analyst', true), set_config('vawg.scope', 'all', true)`);
    return work(manager);
  });
}

const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (error: GraphQLError) => error.message);

describe('disclosure releases', () => {
  it('refuses, naming throughMonth, a malformed month, a month not over yet, and a month already released', async () => {
    expect(await refusal(asAnalyst((m) => publishDisclosureRelease(m, '2012-4', 'a')))).toBe('Argument "throughMonth": must be a month written YYYY-MM; got "2012-4"');
    const thisMonth = londonToday().slice(0, 7);
    expect(await refusal(asAnalyst((m) => publishDisclosureRelease(m, thisMonth, 'a')))).toBe(`Argument "throughMonth": ${thisMonth} has not ended yet; only whole months can be released`);
    await asAnalyst((m) => publishDisclosureRelease(m, '2012-05', 'analyst-1'));
    expect(await refusal(asAnalyst((m) => publishDisclosureRelease(m, '2012-05', 'a'))))
      .toBe('Argument "throughMonth": months up to 2012-05 are already released; a release adds later months only (released figures never change)');
  });

  it('copies each month once, at the release that first covers it', async () => {
    await releaseEverything(db.dataSource, 'analyst-2');
    expect((await disclosureReleases(db.dataSource)).map((r) => [r.throughMonth, r.publishedBy])).toEqual([['2012-05', 'analyst-1'], ['2012-06', 'analyst-2']]);
    const copied = await db.dataSource.query(`SELECT release_id, to_char(month, 'YYYY-MM') AS month, n FROM gaia_referral_released ORDER BY month`);
    expect(copied).toEqual([{ release_id: 1, month: '2012-04', n: 1 }, { release_id: 2, month: '2012-06', n: 1 }]);
    // Nothing new to release: no empty release is made.
    expect(await releaseEverything(db.dataSource, 'analyst-3')).toBeUndefined();
  });

  it('lets only an analyst publish one, in the database too', async () => {
    const asFunder = db.requestDataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('vawg.role', 'funder', true), set_config('vawg.scope', 'all', true)`);
      return manager.query(`SELECT publish_disclosure_release('2012-09-01', 'f')`);
    });
    await expect(asFunder).rejects.toThrow('only an analyst can publish a disclosure release');
    await expect(db.requestDataSource.query('INSERT INTO disclosure_release (through_month, published_by) VALUES ($1, $2)', ['2012-10-01', 'f'])).rejects.toThrow(/permission denied/);
  });
});
