// The audit log's filters, kept in the address (?subject=…&role=…) so a filtered view can be shared.
import type { AuditFilters } from './graphql/types';

export const FILTER_NAMES = ['subject', 'role', 'operation', 'from', 'to'] as const satisfies readonly (keyof AuditFilters)[];

/** The filters an address names; empty values are no filter. */
export function filtersFrom(search: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of FILTER_NAMES) {
    const value = search.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** Every filter as an address parameter, null for one not given (replaceQueryParams removes it). */
export function filterParams(filters: AuditFilters): Record<string, string | null> {
  return Object.fromEntries(FILTER_NAMES.map((name) => [name, filters[name]?.trim() || null]));
}

/** The CSV file's name, saying which filters made it: "audit-log_subject-api-key-3_from-2026-03-01.csv". */
export function filterFileName(filters: AuditFilters): string {
  const parts = FILTER_NAMES.filter((name) => filters[name]).map((name) => `${name}-${filters[name]}`);
  const name = ['audit-log', ...parts].join('_').replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${name}.csv`;
}
