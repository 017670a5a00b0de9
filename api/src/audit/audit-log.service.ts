import type { AuthUser } from '../access/roles';
import type { Queryable } from '../shared/queryable';
import { redactArguments, type AuditedField } from './audit-entry';
import type { AuditLogEntry } from './audit-log-entry.type';
import { auditBatchesOf } from './audit-batches';

/** What ran of a GraphQL request: its root fields as executed, and its document's hash. */
export interface ExecutedRequest {
  fields: AuditedField[];
  documentHash: string | null;
}

/**
 * Appends one entry to the audit log (append-only for the application's role). Without `executed`
 * (a download) the entry is one field: the operation itself, with its arguments and rows.
 */
export async function recordAudit(
  database: Queryable, user: AuthUser, operation: string, args: unknown, rowsReturned: number | null, outcome: string, executed?: ExecutedRequest,
): Promise<void> {
  const checked = redactArguments(args ?? {}) as Record<string, unknown>;
  const { fields, documentHash } = executed ?? { fields: [{ field: operation, alias: null, arguments: checked, rowsReturned, outcome }], documentHash: null };
  await auditBatchesOf(database).write([user.subject, user.role, operation, JSON.stringify(checked), rowsReturned, outcome, JSON.stringify(fields), documentHash]);
}

/** Which entries to read: each filter given must hold. */
export interface AuditLogQuery {
  subject?: string | null;
  role?: string | null;
  /** Contained in the operation's text, ignoring case. */
  operation?: string | null;
  /** Calendar days in London, inclusive. */
  from?: string | null;
  to?: string | null;
  limit: number;
  /** Only entries older than this id. */
  before?: string | null;
}

/** LIKE treats % and _ as wildcards: a filter for "import_batch" means those characters. */
const literalPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A page of the log, newest first: `limit` entries matching every filter given, only those older than entry `before` when given. */
export function readAuditLog(database: Queryable, query: AuditLogQuery): Promise<AuditLogEntry[]> {
  const { subject, role, operation, from, to, limit, before } = query;
  // audit_log.id, not id: ORDER BY id would sort the text alias, putting entry 999 above entry 1000.
  return database.query(
    `SELECT id::text AS id, at, subject, role, operation, arguments, rows_returned AS "rowsReturned", outcome, fields, document_hash AS "documentHash"
       FROM audit_log
      WHERE ($2::bigint IS NULL OR audit_log.id < $2::bigint)
        AND ($3::text IS NULL OR audit_log.subject = $3)
        AND ($4::text IS NULL OR audit_log.role = $4)
        AND ($5::text IS NULL OR audit_log.operation ILIKE $5)
        AND ($6::date IS NULL OR audit_log.at >= $6::date::timestamp AT TIME ZONE 'Europe/London')
        AND ($7::date IS NULL OR audit_log.at < ($7::date + 1)::timestamp AT TIME ZONE 'Europe/London')
      ORDER BY audit_log.id DESC LIMIT $1`,
    [limit, before ?? null, subject ?? null, role ?? null, operation ? literalPattern(operation) : null, from ?? null, to ?? null],
  );
}
