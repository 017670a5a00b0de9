import type { Queryable } from '../../src/shared/queryable';

/** Every table whose rows a request's scope decides (it carries the request_scope_read policy), by name. */
export async function scopedTables(database: Queryable): Promise<string[]> {
  const rows: { table: string }[] = await database.query(`SELECT tablename AS table FROM pg_policies WHERE policyname = 'request_scope_read' ORDER BY 1`);
  return rows.map((r) => r.table);
}
