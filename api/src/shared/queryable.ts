import { createHash } from 'node:crypto';

/** Anything that runs SQL: a DataSource, or the EntityManager of a request's transaction. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** pg's form of a named prepared statement. */
export interface NamedStatement {
  name: string;
  text: string;
}

/**
 * Runs `text` as a named prepared statement: pg prepares it once on each connection that runs it,
 * and PostgreSQL may then keep its plan, where an unnamed statement is planned on every call (for
 * the figures on the small monthly rollups, planning cost more than running). Only for statements
 * whose best plan does not depend on their values: after five runs PostgreSQL may keep one generic
 * plan. TypeORM hands the query to pg unchanged, so the statement passes through it.
 */
export function queryPrepared(database: Queryable, text: string, values: unknown[]): Promise<any> {
  const statement: NamedStatement = { name: `vawg_${createHash('sha1').update(text).digest('hex').slice(0, 32)}`, text };
  return database.query(statement as unknown as string, values);
}
