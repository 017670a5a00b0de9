import crypto from 'node:crypto';
import type { AuthUser } from '../access/roles';
import { isControlledRole } from '../disclosure/disclosure-control';

/**
 * One root field of an audited request as it ran: its name and alias, its arguments as executed
 * (variables, fragments and defaults applied; long texts as their length; never a token), the
 * figure rows it sent and how it ended. A download is one such field, e.g. "download figures.csv".
 */
export interface AuditedField {
  field: string;
  alias: string | null;
  arguments: Record<string, unknown>;
  /** null when a download failed before anything was counted. */
  rowsReturned: number | null;
  outcome: string;
}

const LONG_TEXT = 200;

/** Long strings (an imported file, say) are kept as their length: the log records acts, not data. */
export function redactArguments(value: unknown): unknown {
  if (typeof value === 'string') return value.length > LONG_TEXT ? `[${value.length} characters]` : value;
  // A DateTimeISO argument arrives as a Date, which has no own entries: kept as its ISO text, not as {}.
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redactArguments);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactArguments(v)]));
  return value;
}

/** Every request by a funder or a councillor, and every write by anyone. */
export function mustAudit(user: AuthUser, operationType: string | undefined): boolean {
  return isControlledRole(user.role) || operationType === 'mutation';
}

/** How many figure rows a response carried, wherever they are in it. */
export function countFigureRows(data: unknown): number {
  if (!data || typeof data !== 'object') return 0;
  if (Array.isArray(data)) return data.reduce((sum: number, item) => sum + countFigureRows(item), 0);
  let count = 0;
  for (const [key, value] of Object.entries(data)) {
    if (key === 'rows' && Array.isArray(value)) count += value.length;
    else count += countFigureRows(value);
  }
  return count;
}

/** "ok", or the distinct error codes: "error: FORBIDDEN, BAD_USER_INPUT". */
export function outcomeOf(codes: readonly string[]): string {
  return codes.length ? `error: ${[...new Set(codes)].join(', ')}` : 'ok';
}

/** SHA-256 (hex) of a document's text as received: equal hashes, the same document. */
export function documentHash(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
