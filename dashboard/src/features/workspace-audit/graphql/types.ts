// Names for the audit log's answer and filters, which the page, its table and its download share; generated from audit-log.graphql.
import type { AuditLogQuery, AuditLogQueryVariables } from '../../../graphql/generated/graphql';

/** `at` is an ISO 8601 instant. */
export type AuditLogEntry = AuditLogQuery['auditLog'][number];

type FilterVariables = Omit<AuditLogQueryVariables, 'limit' | 'before'>;

/** The filters the API takes; an absent one holds for every entry (the page leaves one out, never sends null). */
export type AuditFilters = { [Name in keyof FilterVariables]?: NonNullable<FilterVariables[Name]> };
