import type { AuthUser } from '../access/roles';
import type { Queryable } from '../shared/queryable';
import { redactArguments } from './audit-entry';

/** Appends one entry to the audit log (append-only for the application's role). */
export async function recordAudit(database: Queryable, user: AuthUser, operation: string, args: unknown, rowsReturned: number | null, outcome: string): Promise<void> {
  await database.query(
    'INSERT INTO audit_log (subject, role, operation, arguments, rows_returned, outcome) VALUES ($1, $2, $3, $4, $5, $6)',
    [user.subject, user.role, operation, JSON.stringify(redactArguments(args ?? {})), rowsReturned, outcome],
  );
}
