import { ApiKeyExpiry1763901300000 } from '../../../migrations/1763901300000-ApiKeyExpiry';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';

let db: TestDatabase;
beforeAll(async () => (db = await createTestDatabase()));
afterAll(() => db.drop());

const hasExpiry = async () =>
  (await db.dataSource.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'api_key' AND column_name = 'expires_at'`)).length === 1;

const KEY = `INSERT INTO api_key (name, role, prefix, secret_hash, created_by) VALUES ('k', 'funder', $1, repeat('0', 64), 'test')`;

describe('the ApiKeyExpiry migration', () => {
  it('goes down and up again, keeping the keys, and refuses an expiry before the key was made', async () => {
    await db.dataSource.query(KEY, ['0000000a']);
    const runner = db.dataSource.createQueryRunner();
    try {
      await new ApiKeyExpiry1763901300000().down(runner);
      expect(await hasExpiry()).toBe(false);
      await new ApiKeyExpiry1763901300000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await hasExpiry()).toBe(true);
    expect(await db.dataSource.query(`SELECT prefix, expires_at FROM api_key`)).toEqual([{ prefix: '0000000a', expires_at: null }]);
    await expect(db.dataSource.query(`UPDATE api_key SET expires_at = created_at - interval '1 second'`)).rejects.toThrow(/api_key_expires_after_creation/);
  });

  it('lets the application set an expiry when it makes a key, never change it after', async () => {
    await db.requestDataSource.query(`INSERT INTO api_key (name, role, prefix, secret_hash, created_by, expires_at) VALUES ('k', 'funder', '0000000b', repeat('0', 64), 'test', now() + interval '1 day')`);
    await expect(db.requestDataSource.query(`UPDATE api_key SET expires_at = NULL WHERE prefix = '0000000b'`)).rejects.toThrow(/permission denied/);
  });
});
