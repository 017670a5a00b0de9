import { TruthfulAudit1763900500000 } from '../../../migrations/1763900500000-TruthfulAudit';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const columns = async () =>
  (await db.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'audit_log' AND column_name IN ('fields', 'document_hash') ORDER BY 1`))
    .map((r: { column_name: string }) => r.column_name);

describe('the TruthfulAudit migration', () => {
  it('goes down and up again, keeping the entries, and refuses a hash that is not SHA-256 hex', async () => {
    const migration = new TruthfulAudit1763900500000();
    await db.dataSource.query(`INSERT INTO audit_log (subject, role, operation, outcome) VALUES ('before', 'funder', 'query figures', 'ok')`);
    expect(await columns()).toEqual(['document_hash', 'fields']);
    const runner = db.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      expect(await columns()).toEqual([]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await columns()).toEqual(['document_hash', 'fields']);
    expect(await db.dataSource.query(`SELECT subject, fields, document_hash FROM audit_log`)).toEqual([{ subject: 'before', fields: [], document_hash: null }]);
    await expect(db.dataSource.query(`INSERT INTO audit_log (subject, role, operation, outcome, document_hash) VALUES ('x', 'funder', 'q', 'ok', 'not a hash')`))
      .rejects.toThrow(/check constraint/);
  });

  it('leaves the log append-only for the application, new columns included', async () => {
    await expect(db.requestDataSource.query(`UPDATE audit_log SET fields = '[]'`)).rejects.toThrow(/permission denied/);
  });
});
