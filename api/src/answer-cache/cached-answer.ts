import type { AuthUser } from '../access/roles';
import { countFigureRows } from '../audit/audit-entry';
import { auditOperation, type ExecutedRootField } from '../audit/operation-audit';
import type { Queryable } from '../shared/queryable';

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
 * The audit entry of a hit, written as the audit plugin writes a miss's: the same root fields with
 * the same executed arguments (the key holds the normalised document and its variables, so they
 * are the miss's), the rows sent, and this request's own document hash.
 */
export function auditCachedAnswer(database: Queryable, user: AuthUser, answer: CachedAnswer, source: string): Promise<void> {
  return auditOperation(database, user, {
    type: 'query', name: answer.operationName, executed: answer.executed, rowsSent: (responseKey) => answer.rows[responseKey] ?? 0, errors: [], source,
  });
}

/** Rows per root field, as the audit counts them in a response. */
export function rowsByField(data: Record<string, unknown>, executed: readonly ExecutedRootField[]): Record<string, number> {
  return Object.fromEntries(executed.map((f) => [f.responseKey, countFigureRows(data[f.responseKey])]));
}
