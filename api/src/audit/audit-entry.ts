import type { AuthUser } from '../access/roles';
import { isControlledRole } from '../access/figure-access';

/** What an audit entry keeps of a request: never a token, never a file's contents. */
export interface AuditEntry {
  subject: string;
  role: string;
  operation: string;
  arguments: Record<string, unknown>;
  rowsReturned: number | null;
  outcome: string;
}

const LONG_TEXT = 200;

/** Long strings (an imported file, say) are kept as their length: the log records acts, not data. */
export function redactArguments(value: unknown): unknown {
  if (typeof value === 'string') return value.length > LONG_TEXT ? `[${value.length} characters]` : value;
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
