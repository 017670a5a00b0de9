import type { AuthUser } from '../access/roles';
import type { Queryable } from '../shared/queryable';
import { documentHash, mustAudit, outcomeOf, type AuditedField } from './audit-entry';
import { recordAudit } from './audit-log.service';

/** A root field as graphql-js ran it, arguments redacted as the audit log keeps them. */
export interface ExecutedRootField {
  field: string;
  responseKey: string;
  arguments: Record<string, unknown>;
}

/** What a GraphQL operation ran and sent, as the audit log records it. */
export interface AuditedOperation {
  /** 'query' or 'mutation'; undefined when the document never parsed. */
  type: string | undefined;
  name: string | null | undefined;
  executed: readonly ExecutedRootField[];
  /** Figure rows a root field sent, by response key. */
  rowsSent(responseKey: string): number;
  /** Error codes of the whole response, each with the root field it came from when it has one. */
  errors: readonly { code: string; responseKey?: unknown }[];
  /** The document as the caller sent it; its hash tells two spellings of one request apart. */
  source: string | undefined;
}

/**
 * Writes one audit entry for a GraphQL operation, whether Apollo ran it or the answer cache
 * served it: the root fields that ran, with their executed arguments, never the document's look.
 */
export async function auditOperation(database: Queryable, user: AuthUser, operation: AuditedOperation): Promise<void> {
  if (!mustAudit(user, operation.type)) return;
  const fields: AuditedField[] = operation.executed.map(({ field, responseKey, arguments: args }) => ({
    field,
    alias: responseKey === field ? null : responseKey,
    arguments: args,
    rowsReturned: operation.rowsSent(responseKey),
    outcome: outcomeOf(operation.errors.filter((e) => e.responseKey === responseKey).map((e) => e.code)),
  }));
  const names = [...new Set(fields.map((f) => f.field))].join(',');
  await recordAudit(
    database, user, `${operation.type ?? 'unknown'} ${operation.name ?? ''} ${names}`.replace(/\s+/g, ' ').trim(),
    Object.fromEntries(operation.executed.map((f) => [f.responseKey, f.arguments])),
    fields.reduce((sum, f) => sum + (f.rowsReturned ?? 0), 0),
    outcomeOf(operation.errors.map((e) => e.code)),
    { fields, documentHash: operation.source === undefined ? null : documentHash(operation.source) },
  );
}
