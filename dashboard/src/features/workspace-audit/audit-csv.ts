// The audit log as CSV: one row per entry, arguments as JSON, formula-like text neutralised (lib/csv).
import { toCsv } from '../../lib/csv';
import type { AuditLogEntry } from './graphql/types';

const HEADER = ['id', 'at', 'subject', 'role', 'operation', 'outcome', 'rows_returned', 'document_hash', 'arguments'];

export function auditCsv(entries: readonly AuditLogEntry[]): string {
  return toCsv(
    HEADER,
    entries.map((e) => [e.id, e.at, e.subject, e.role, e.operation, e.outcome, e.rowsReturned, e.documentHash, JSON.stringify(e.arguments)]),
  );
}
