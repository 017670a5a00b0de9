import { Readable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { csv } from '../../test/import-helpers';
import { loadWardVintage } from '../wards/ward-vintage.service';
import { cachedReferenceCatalogue } from './reference-catalogue';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

describe('the reference catalogue a running server keeps', () => {
  it('is read once, and read again after a new vintage of wards is loaded', async () => {
    const fresh = cachedReferenceCatalogue(db.requestDataSource, 0);
    const kept = cachedReferenceCatalogue(db.requestDataSource, 60_000);
    const first = await fresh();
    expect(first.wards.size).toBe(46);
    expect(await fresh()).toBe(first); // unchanged data: the same catalogue, not a re-read
    expect((await kept()).wards.size).toBe(46);

    const lookup = csv('WD26CD,WD26NM,LAD26CD', 'E05990001,Invented Ward,E09000022');
    const report = await loadWardVintage(db.dataSource, { open: () => Readable.from([lookup]), validFrom: '2026-05-07' });
    expect(report.status).toBe('loaded');

    const after = await fresh();
    expect(after.wards.get('E05990001')).toMatchObject({ name: 'Invented Ward', validFrom: '2026-05-07', validTo: null });
    expect(after.wards.get('E05014095')?.validTo).toBe('2026-05-06');
    expect((await kept()).wards.has('E05990001')).toBe(false); // within its freshness, as last read
  });
});
