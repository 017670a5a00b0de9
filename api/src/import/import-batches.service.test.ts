import { publishQuarter } from '../returns/quarterly-return.service';
import { dayInWords, undoRefusal } from './import-batches.service';
import { startTestApp, type TestApp } from '../server/app.test-helper';
import { csv } from '../../test/import-helpers';

let app: TestApp;
let analyst: string;
beforeAll(async () => {
  app = await startTestApp();
  analyst = await app.token('analyst');
});
afterAll(() => app.stop());
beforeEach(async () => {
  await app.database.dataSource.query('TRUNCATE police_operation, warning_letter, arrest, gaia_referral, chrysalis_move_on, figure_revision, published_figure, import_batch');
});

const OPS_HEADER = 'ref,date,ward_code,operation_type';
const FIRST = csv(OPS_HEADER, 'OP-1,2012-05-01,E05000420,kerb_crawling', 'OP-2,2012-05-09,E05000426,other', 'OP-3,2012-05-20,E05000426,kerb_crawling');
const SECOND = csv(OPS_HEADER, 'OP-4,2012-06-02,E05000420,kerb_crawling', 'OP-5,2013-01-15,E05000429,other');

async function importOps(file: string): Promise<number> {
  const { body } = await app.graphql(analyst, 'mutation ($csv: String!) { importDataset(dataset: police_operations, csv: $csv) { status batchId } }', { csv: file });
  expect(body.data?.importDataset.status).toBe('imported');
  return body.data?.importDataset.batchId;
}

const UNDO = 'mutation Undo($id: Int!) { undoImportBatch(id: $id) { removed revisions batch { id undoneBy undoneAt undoRefusal } } }';
const undo = (id: number, token = analyst) => app.graphql(token, UNDO, { id });
const HISTORY = 'query ($limit: Int, $before: Int) { importBatches(limit: $limit, before: $before) { id dataset checksum importedBy importedAt inserted updated unchanged rejected undoneAt undoneBy undoRefusal } }';

/** The monthly rollup as stored, and as a fresh count of the records would make it. */
async function rollupAndFreshCount(): Promise<[unknown[], unknown[]]> {
  const db = app.database.dataSource;
  const stored = await db.query(`SELECT to_char(month, 'YYYY-MM') AS month, ward_code, operation_type, n FROM police_operation_monthly ORDER BY 1, 2, 3`);
  const fresh = await db.query(`SELECT to_char(date_trunc('month', date), 'YYYY-MM') AS month, ward_code, operation_type, count(*)::int AS n
    FROM police_operation GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
  return [stored, fresh];
}

describe('Mutation.undoImportBatch', () => {
  it("removes the batch's records in one go, keeps the rollups exact, records revisions of a published return, marks the batch undone and is audited", async () => {
    await importOps(FIRST);
    await publishQuarter(app.database.dataSource, '2012/13', 1, 'test');
    const second = await importOps(SECOND);
    const revisionsOf = () => app.database.dataSource.query(
      `SELECT quarter, old_value, new_value, batch_id FROM figure_revision WHERE measure = 'police.operations' ORDER BY id`,
    );
    // police.operations counts kerb-crawling operations: 2 published for Q1, 3 once the second file is in.
    expect(await revisionsOf()).toEqual([{ quarter: 1, old_value: 2, new_value: 3, batch_id: second }]);
    const [withBoth] = await rollupAndFreshCount();
    expect(withBoth).toHaveLength(5);

    const { body } = await undo(second);
    expect(body.errors).toBeUndefined();
    // The day is London's day of the stored instant (read back, so the test holds across midnight).
    const undoneOn = dayInWords(new Date(body.data?.undoImportBatch.batch.undoneAt));
    expect(body.data?.undoImportBatch).toMatchObject({ removed: 2, revisions: 1, batch: { id: second, undoneBy: 'analyst:test-analyst', undoRefusal: `batch ${second} was already undone on ${undoneOn} by analyst:test-analyst` } });
    expect(await app.database.dataSource.query('SELECT count(*)::int AS n FROM police_operation')).toEqual([{ n: 3 }]);
    const [stored, fresh] = await rollupAndFreshCount();
    expect(stored).toEqual(fresh);
    expect(stored).toEqual([
      { month: '2012-05', ward_code: 'E05000420', operation_type: 'kerb_crawling', n: 1 },
      { month: '2012-05', ward_code: 'E05000426', operation_type: 'kerb_crawling', n: 1 },
      { month: '2012-05', ward_code: 'E05000426', operation_type: 'other', n: 1 },
    ]);
    expect(await revisionsOf()).toEqual([
      { quarter: 1, old_value: 2, new_value: 3, batch_id: second },
      { quarter: 1, old_value: 3, new_value: 2, batch_id: second },
    ]);
    const [entry] = await app.database.dataSource.query(`SELECT role, operation, arguments, outcome FROM audit_log WHERE operation LIKE '%undoImportBatch%'`);
    expect(entry).toEqual({ role: 'analyst', operation: 'mutation Undo undoImportBatch', arguments: { undoImportBatch: { id: second } }, outcome: 'ok' });

    // Undone once only; and the same file imported again comes back as new records.
    expect((await undo(second)).body.errors?.[0]).toMatchObject({
      message: `Argument "id": batch ${second} was already undone on ${undoneOn} by analyst:test-analyst`, extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
    });
    const again = await app.graphql(analyst, 'mutation ($csv: String!) { importDataset(dataset: police_operations, csv: $csv) { inserted unchanged } }', { csv: SECOND });
    expect(again.body.data?.importDataset).toEqual({ inserted: 2, unchanged: 0 });
  });

  it("records a revision to no figure when undoing a dataset's only batch takes a published rate away, and one back from it when the file returns", async () => {
    // A rate with nothing to divide by has no figure (a count would be 0).
    const ARRESTS = csv('ref,date,ward_code,offence,sex,age_band,drug_test_referred', 'A-1,2012-05-03,E05000420,soliciting_to_sell,female,25_34,true', 'A-2,2012-05-20,E05000426,soliciting_to_sell,female,25_34,false');
    const importArrests = async () => (await app.graphql(analyst, 'mutation ($csv: String!) { importDataset(dataset: arrests, csv: $csv) { batchId } }', { csv: ARRESTS })).body.data?.importDataset.batchId;
    const only = await importArrests();
    await publishQuarter(app.database.dataSource, '2012/13', 1, 'test');
    const { body } = await undo(only);
    expect(body.errors).toBeUndefined();
    const revisionsOf = () => app.database.dataSource.query(
      `SELECT quarter, old_value, new_value, batch_id FROM figure_revision WHERE measure = 'arrests.women_drug_test_referral_rate' ORDER BY id`,
    );
    expect(await revisionsOf()).toEqual([{ quarter: 1, old_value: 50, new_value: null, batch_id: only }]);
    // No figure is the latest revision: the file back is a revision from it, recorded once.
    const back = await importArrests();
    await importOps(FIRST);
    expect(await revisionsOf()).toEqual([
      { quarter: 1, old_value: 50, new_value: null, batch_id: only },
      { quarter: 1, old_value: null, new_value: 50, batch_id: back },
    ]);
    const RETURN = '{ quarterlyReturn(financialYear: "2012/13") { revisions { quarter measure { id } oldValue newValue batchId } } }';
    const revisions = (await app.graphql(analyst, RETURN, {})).body.data?.quarterlyReturn.revisions.filter((r: { measure: { id: string } }) => r.measure.id === 'arrests.women_drug_test_referral_rate');
    expect(revisions).toEqual([
      { quarter: 1, measure: { id: 'arrests.women_drug_test_referral_rate' }, oldValue: 50, newValue: null, batchId: String(only) },
      { quarter: 1, measure: { id: 'arrests.women_drug_test_referral_rate' }, oldValue: null, newValue: 50, batchId: String(back) },
    ]);
  });

  it('refuses to undo a batch that changed records stored before it, or one whose records a later import changed, naming why', async () => {
    const first = await importOps(FIRST);
    const correction = await importOps(csv(OPS_HEADER, 'OP-2,2012-05-09,E05000420,other', 'OP-9,2012-08-01,E05000420,other'));
    expect((await undo(correction)).body.errors?.[0].message).toBe(
      `Argument "id": batch ${correction} changed 1 record stored before it, and their earlier values are not kept, so undoing it cannot restore them; import a corrected file instead`,
    );
    expect((await undo(first)).body.errors?.[0].message).toBe(
      `Argument "id": 1 record that batch ${first} added was changed since by a later import (batch ${correction}): undoing this batch would take that import's changes with it; import a corrected file instead`,
    );
    expect(await app.database.dataSource.query('SELECT count(*)::int AS n FROM police_operation')).toEqual([{ n: 4 }]);
    expect(await app.database.dataSource.query('SELECT count(*)::int AS n FROM import_batch WHERE undone_at IS NOT NULL')).toEqual([{ n: 0 }]);
    expect((await undo(999_999)).body.errors?.[0].message).toBe('Argument "id": there is no import batch 999999');
    expect((await undo(0)).body.errors?.[0]).toMatchObject({ message: 'Argument "id": must be the id of an import batch, a whole number from 1; got 0', extensions: { argument: 'id' } });
  });

  it('is refused for members, funders and councillors, whose requests change nothing', async () => {
    const first = await importOps(FIRST);
    for (const role of ['member', 'funder', 'councillor'] as const) {
      const token = await app.token(role, role === 'councillor' ? ['E05000426'] : []);
      expect((await undo(first, token)).body.errors?.[0].message).toMatch(/Access denied/);
      expect((await app.graphql(token, HISTORY, {})).body.errors?.[0].message).toMatch(/Access denied/);
    }
    expect(await app.database.dataSource.query('SELECT count(*)::int AS n FROM police_operation')).toEqual([{ n: 3 }]);
  });
});

describe('Query.importBatches', () => {
  it('lists every batch newest first with who, when, checksum and counts, a page at a time, saying which can be undone', async () => {
    const first = await importOps(FIRST);
    const second = await importOps(SECOND);
    const again = await importOps(FIRST);
    const page = (await app.graphql(analyst, HISTORY, { limit: 2 })).body.data?.importBatches;
    expect(page.map((b: { id: number }) => b.id)).toEqual([again, second]);
    expect(page[0]).toMatchObject({ dataset: 'police_operations', importedBy: 'analyst:test-analyst', inserted: 0, updated: 0, unchanged: 3, rejected: 0, undoneAt: null, undoRefusal: null });
    expect(page[0].checksum).toMatch(/^[0-9a-f]{64}$/);
    const next = (await app.graphql(analyst, HISTORY, { limit: 2, before: second })).body.data?.importBatches;
    expect(next).toEqual([expect.objectContaining({ id: first, checksum: page[0].checksum, inserted: 3, undoRefusal: null })]);
    expect((await app.graphql(analyst, HISTORY, { limit: 0 })).body.errors?.[0].message).toBe('Argument "limit": must be from 1 to 200; got 0');
  });
});

describe('undoRefusal', () => {
  it("names the day a batch was undone as London's day, also in the hour after midnight in summer (23:30 UTC)", () => {
    const batch = { id: 7, dataset: 'police_operations' as const, checksum: 'c', importedBy: 'analyst:a', importedAt: new Date('2026-06-30T10:00:00Z'), inserted: 1, updated: 0, unchanged: 0, rejected: 0 };
    expect(undoRefusal({ ...batch, undoneAt: new Date('2026-06-30T23:30:00Z'), undoneBy: 'analyst:b' }, 0)).toBe('batch 7 was already undone on 1 July 2026 by analyst:b');
    expect(undoRefusal({ ...batch, undoneAt: new Date('2026-12-31T23:30:00Z'), undoneBy: 'analyst:b' }, 0)).toBe('batch 7 was already undone on 31 December 2026 by analyst:b');
  });
});
