import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { loadDatasetCollection, readCollectionFile } from '../db/reference-loader';
import { datasetCollection, datasetCoverage, everyDatasetCoverage } from './dataset-collection';
import { csv, importCsv } from '../../test/import-helpers';

let db: TestDatabase;
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'vawg-collection-'));
beforeAll(async () => (db = await createTestDatabase()));
afterAll(async () => {
  await db.drop();
  fs.rmSync(directory, { recursive: true, force: true });
});

function file(text: string): string {
  const written = path.join(directory, `collection-${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(written, text);
  return written;
}

describe('when each dataset began to be collected', () => {
  it('ships the Gaia Centre opening, from the partnership\'s timeline, and loads it at start', async () => {
    expect(readCollectionFile()).toEqual([{ dataset: 'gaia_referrals', collectedFrom: '2012-01-01', reason: 'The Gaia Centre opened in January 2012' }]);
    expect(await datasetCollection(db.dataSource, 'gaia_referrals')).toEqual({ dataset: 'gaia_referrals', collectedFrom: '2012-01-01', reason: 'The Gaia Centre opened in January 2012' });
  });

  it('takes a dataset without a row from its first record, and knows nothing of one without records', async () => {
    expect(await datasetCollection(db.dataSource, 'chrysalis_move_ons')).toEqual({ dataset: 'chrysalis_move_ons', collectedFrom: null, reason: null });
  });

  it('follows corrections to the file, dropping rows it no longer has', async () => {
    await loadDatasetCollection(db.dataSource, file('dataset,collected_from,reason\nchrysalis_move_ons,2010-10-01,The pathway opened in October 2010\n'));
    expect(await datasetCollection(db.dataSource, 'chrysalis_move_ons')).toMatchObject({ collectedFrom: '2010-10-01', reason: 'The pathway opened in October 2010' });
    expect(await datasetCollection(db.dataSource, 'gaia_referrals')).toMatchObject({ collectedFrom: null, reason: null });
    await loadDatasetCollection(db.dataSource);
    expect(await datasetCollection(db.dataSource, 'chrysalis_move_ons')).toMatchObject({ collectedFrom: null });
  });

  it.each([
    ['an unknown dataset', 'gaia,2012-01-01,x', '"gaia" is not a dataset; expected one of police_operations, warning_letters, arrests, gaia_referrals, chrysalis_move_ons'],
    ['an impossible date', 'gaia_referrals,2012-02-30,x', 'collected_from must be a real date written YYYY-MM-DD; got "2012-02-30"'],
    ['no reason', 'gaia_referrals,2012-01-01,', 'give the reason collection began then'],
  ])('refuses a file with %s, naming the line', (_name, line, message) => {
    const written = file(`dataset,collected_from,reason\n${line}\n`);
    expect(() => readCollectionFile(written)).toThrow(`${path.basename(written)} line 2: ${message}`);
  });

  it('gives a dataset\'s collection start and its first and last month of records in one statement', async () => {
    await importCsv(db.dataSource, 'police_operations', csv('ref,date,ward_code,operation_type', 'O1,2012-05-01,E05000420,kerb_crawling', 'O2,2013-02-28,E05000420,other'));
    const statements: string[] = [];
    const counted = { query: (sql: string, parameters?: unknown[]) => (statements.push(sql), db.dataSource.query(sql, parameters)) };
    expect(await datasetCoverage(counted, 'police_operations')).toEqual({
      collection: { dataset: 'police_operations', collectedFrom: '2012-05-01', reason: null }, firstMonth: '2012-05', lastMonth: '2013-02',
    });
    expect(statements).toHaveLength(1);
  });

  it('gives every dataset\'s coverage in one statement, the months as released where asked', async () => {
    const statements: string[] = [];
    const counted = { query: (sql: string, parameters?: unknown[]) => (statements.push(sql), db.dataSource.query(sql, parameters)) };
    const police = async (released: Set<'police_operations'>) => (await everyDatasetCoverage(counted, released)).find((c) => c.collection.dataset === 'police_operations');
    expect(await police(new Set())).toMatchObject({ firstMonth: '2012-05', lastMonth: '2013-02' });
    // Nothing released yet: no months to read, but collection began when the records say, whatever is released.
    expect(await police(new Set(['police_operations']))).toMatchObject({ collection: { collectedFrom: '2012-05-01' }, firstMonth: null, lastMonth: null });
    expect(statements).toHaveLength(2);
  });

  it('reads only the months of a rollup, and nothing that is not one', async () => {
    await expect(db.requestDataSource.query(`SELECT * FROM record_months('audit_log')`)).rejects.toThrow('audit_log is not a monthly rollup');
  });
});
