import type { ApolloServerPlugin } from '@apollo/server';
import { DataSource, type QueryRunner, type ReplicationMode } from 'typeorm';
import type { AuthUser } from '../access/roles';
import { loadConfig } from '../config';
import { createLogger, type Logger } from '../observability/logger';
import type { RequestContext } from './request-context';
import { isDatabaseUnavailable } from '../shared/database-unavailable';

/*
 * Reads on replicas, writes on the primary. The request pool (createDataSource with replicaUrls)
 * holds both; it sends everything to the primary by default. A read-only request — a GraphQL
 * query, a download — swaps in a *view* of that pool whose transactions run on a replica:
 * withRowScope's transaction, set_config and all, then takes one replica connection, so row-level
 * security applies to the very connection that reads. Everything else keeps the primary pool:
 * mutations and imports, the audit insert each request ends with (the audit plugin and the
 * downloads router hold the primary), API-key bookkeeping. A write that strays onto a replica is
 * refused by PostgreSQL ("cannot execute INSERT in a read-only transaction"), never lost.
 *
 * Analysts read on the primary too: they are the ones who import, and must see their import at
 * once (read-your-writes); others see it once the replica has replayed it (milliseconds on one
 * network). If a replica does not answer, a read falls back to the primary: it is read-only, so
 * running it again is safe.
 */

const views = new WeakMap<DataSource, DataSource>();
let fallbackLogger: Logger | undefined;
let lastWarning = 0;

export function hasReplicas(dataSource: DataSource): boolean {
  const replication = (dataSource.options as { replication?: { slaves: unknown[] } }).replication;
  return Boolean(replication?.slaves.length);
}

function warnOfFallback(error: unknown): void {
  if (Date.now() - lastWarning < 60_000) return; // once a minute, not once a request
  lastWarning = Date.now();
  fallbackLogger ??= createLogger(loadConfig().logLevel).child({ component: 'database' });
  fallbackLogger.warn({ err: error }, 'A read replica is not answering; reads go to the primary meanwhile.');
}

async function onReplicaElsePrimary<T>(onReplica: () => Promise<T>, onPrimary: () => Promise<T>): Promise<T> {
  try {
    return await onReplica();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    warnOfFallback(error);
    return onPrimary();
  }
}

/** transaction() has overloads (with or without an isolation level); the view passes either on as it came. */
type AnyTransaction = (...args: unknown[]) => Promise<unknown>;

/** The same pools, but query runners (and so transactions and query()) default to a replica. */
function replicaView(primary: DataSource): DataSource {
  const view = Object.create(primary) as DataSource;
  const createQueryRunner = (mode: ReplicationMode = 'slave') => DataSource.prototype.createQueryRunner.call(view, mode);
  Object.defineProperties(view, {
    createQueryRunner: { value: createQueryRunner },
    defaultReplicationModeForReads: { value: () => 'slave' },
    // Its own manager, so manager.transaction() asks the view (not the primary) for a query runner.
    manager: { value: primary.createEntityManager.call(view) },
    transaction: {
      value: (...args: unknown[]) => onReplicaElsePrimary(
        () => (view.manager.transaction as AnyTransaction).apply(view.manager, args),
        () => (primary.transaction as AnyTransaction).apply(primary, args),
      ),
    },
    query: {
      // A transaction's manager.query() passes its own query runner: that statement must stay on it (set_config lives there).
      value: (sql: string, parameters?: unknown[], runner?: QueryRunner) => runner
        ? DataSource.prototype.query.call(view, sql, parameters, runner)
        : onReplicaElsePrimary(() => DataSource.prototype.query.call(view, sql, parameters), () => primary.query(sql, parameters)),
    },
  });
  return view;
}

/** What a read-only request reads through: a replica when there is one, the primary for analysts. */
export function readsFor(dataSource: DataSource, user: AuthUser | undefined): DataSource {
  if (!user || user.role === 'analyst' || !hasReplicas(dataSource)) return dataSource;
  let view = views.get(dataSource);
  if (!view) views.set(dataSource, (view = replicaView(dataSource)));
  return view;
}

/** Sends a GraphQL query's reads to a replica once the operation is known to be a query (mutations keep the primary). */
export const replicaReadsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'query') contextValue.dataSource = readsFor(contextValue.dataSource, contextValue.user);
      },
    };
  },
};
