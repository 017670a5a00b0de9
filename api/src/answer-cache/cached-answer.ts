import type { AuthUser } from '../access/roles';
import { countFigureRows, documentHash, mustAudit, outcomeOf, type AuditedField } from '../audit/audit-entry';
import { recordAudit } from '../audit/audit-log.service';
import type { Queryable } from '../shared/queryable';

/** A root field as graphql-js ran it, arguments redacted as the audit log keeps them. */
export interface ExecutedRootField {
  field: string;
  responseKey: string;
  arguments: Record<string, unknown>;
}

/** An answer as Apollo sent it, with what ran to make it: a hit is audited as the miss was. */
export interface CachedAnswer {
  /** The response body, byte for byte as Apollo wrote it. */
  body: Buffer;
  executed: ExecutedRootField[];
  /** Figure rows each root field sent (by response key), counted once when the answer was made. */
  rows: Record<string, number>;
  operationName: string;
}

export function answerBytes(key: string, answer: CachedAnswer): number {
  return key.length * 2 + answer.body.length + JSON.stringify(answer.executed).length * 2 + 256;
}

/**
 * The audit entry of a hit, as the audit plugin writes a miss's (audit/audit.plugin.ts): the same
 * root fields with the same executed arguments (the key holds the normalised document and its
 * variables, so they are the miss's), the rows sent, and this request's own document hash.
 */
export async function auditCachedAnswer(database: Queryable, user: AuthUser, answer: CachedAnswer, source: string): Promise<void> {
  if (!mustAudit(user, 'query')) return;
  const fields: AuditedField[] = answer.executed.map(({ field, responseKey, arguments: args }) => ({
    field,
    alias: responseKey === field ? null : responseKey,
    arguments: args,
    rowsReturned: answer.rows[responseKey] ?? 0,
    outcome: outcomeOf([]),
  }));
  const names = [...new Set(fields.map((f) => f.field))].join(',');
  await recordAudit(
    database, user, `query ${answer.operationName} ${names}`.replace(/\s+/g, ' ').trim(),
    Object.fromEntries(answer.executed.map((f) => [f.responseKey, f.arguments])),
    fields.reduce((sum, f) => sum + (f.rowsReturned ?? 0), 0),
    outcomeOf([]),
    { fields, documentHash: documentHash(source) },
  );
}

/** Rows per root field, as the audit counts them in a response. */
export function rowsByField(data: Record<string, unknown>, executed: readonly ExecutedRootField[]): Record<string, number> {
  return Object.fromEntries(executed.map((f) => [f.responseKey, countFigureRows(data[f.responseKey])]));
}
