/** Anything that runs SQL: a DataSource, or the EntityManager of a request's transaction. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}
