// Typed handle on the audit log query. The .graphql file is checked against the API schema at build
// time; these result types mirror its selection.
import type { TypedDocumentNode } from '@apollo/client';
import type { IsoDate } from '../../../graphql/schema-types';
import auditLog from './audit-log.graphql';

export interface AuditLogEntry {
  id: string;
  /** ISO 8601 instant. */
  at: string;
  subject: string;
  role: string;
  operation: string;
  arguments: Record<string, unknown>;
  rowsReturned: number | null;
  outcome: string;
  documentHash: string | null;
}

/** The filters the API takes; an absent one holds for every entry. */
export interface AuditFilters {
  subject?: string;
  role?: string;
  operation?: string;
  from?: IsoDate;
  to?: IsoDate;
}

export const AuditLogQuery = auditLog as TypedDocumentNode<{ auditLog: AuditLogEntry[] }, AuditFilters & { limit: number; before?: string | null }>;
