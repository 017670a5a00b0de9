import type { DataSource, EntityManager } from 'typeorm';
import { withRowScope } from './request-scope';
import type { AuthUser } from './roles';

/** A data source that records what the transaction was told, in order (row-level-security.test.ts checks PostgreSQL's side). */
function recordingDataSource() {
  const calls: { sql: string; params: unknown[] }[] = [];
  const manager = { query: async (sql: string, params: unknown[] = []) => { calls.push({ sql, params }); return []; } } as unknown as EntityManager;
  const dataSource = {
    transaction: async <T>(isolation: string, work: (m: EntityManager) => Promise<T>) => {
      calls.push({ sql: 'BEGIN', params: [isolation] });
      return work(manager);
    },
  } as unknown as DataSource;
  return { calls, dataSource, manager };
}

describe("withRowScope: telling PostgreSQL who asks, for the transaction's lifetime only", () => {
  it("sets a councillor's role, ward scope and wards before any work, local to the transaction", async () => {
    const { calls, dataSource } = recordingDataSource();
    const cllr: AuthUser = { subject: 'c', role: 'councillor', wards: ['E05000426', 'E05000420'] };
    const result = await withRowScope(dataSource, cllr, { kind: 'wards', wards: ['E05000426', 'E05000420'] }, async (m) => {
      await m.query('SELECT 1');
      return 'done';
    });
    expect(result).toBe('done');
    expect(calls).toEqual([
      { sql: 'BEGIN', params: ['READ COMMITTED'] },
      { sql: `SELECT set_config('vawg.role', $1, true), set_config('vawg.scope', $2, true), set_config('vawg.wards', $3, true)`, params: ['councillor', 'wards', 'E05000426,E05000420'] },
      { sql: 'SELECT 1', params: [] },
    ]);
  });

  it('gives a whole-borough request no wards', async () => {
    const { calls, dataSource } = recordingDataSource();
    await withRowScope(dataSource, { subject: 'm', role: 'member', wards: ['E05000426'] }, { kind: 'all' }, async () => undefined, 'REPEATABLE READ');
    expect(calls.map((c) => c.params)).toEqual([['REPEATABLE READ'], ['member', 'all', '']]);
  });
});
