import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from './roles';

/**
 * Which rows a request's transaction may read: 'all', or only the councillor's own wards.
 * Row-level security in PostgreSQL enforces it, whatever the query asks for.
 */
export type RowScope = { kind: 'all' } | { kind: 'wards'; wards: string[] };

export const ALL_ROWS: RowScope = { kind: 'all' };

/**
 * Runs a request's database work in one transaction that first tells PostgreSQL who is asking.
 * set_config(..., true) is local to the transaction, so nothing leaks to the next request that
 * borrows the pooled connection (a session-level SET would).
 */
export async function withRowScope<T>(
  dataSource: DataSource, user: AuthUser, scope: RowScope, work: (manager: EntityManager) => Promise<T>,
  isolation: 'READ COMMITTED' | 'REPEATABLE READ' = 'READ COMMITTED',
): Promise<T> {
  // Named even for PostgreSQL's default: a server or role may set another default_transaction_isolation.
  return dataSource.transaction(isolation, async (manager) => {
    await setRowScope(manager, user, scope);
    return work(manager);
  });
}

/** Changes the scope within a request's transaction (e.g. to all rows, for a disclosure pattern). */
export async function setRowScope(manager: EntityManager, user: AuthUser, scope: RowScope): Promise<void> {
  await manager.query(
    `SELECT set_config('vawg.role', $1, true), set_config('vawg.scope', $2, true), set_config('vawg.wards', $3, true)`,
    [user.role, scope.kind, scope.kind === 'wards' ? scope.wards.join(',') : ''],
  );
}
