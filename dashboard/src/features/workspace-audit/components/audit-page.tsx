import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { replaceQueryParams, useAddress } from '../../../app/router';
import { problemsFrom } from '../../../components/forms/form-errors';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { AuditLogDocument } from '../../../graphql/generated/graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { filterParams, filtersFrom } from '../audit-filters';
import type { AuditFilters } from '../graphql/types';
import { AuditFilterForm, FILTER_FIELDS } from './audit-filter-form';
import { AuditTable } from './audit-table';
import { DownloadAudit } from './download-audit';
import { Section } from '../../../components/govuk/section';
import '../../../components/govuk/select.css';
import '../audit.css';

const PAGE_SIZE = 50;

/** /workspace/audit — who asked for what and when: filter, page through and download. */
export function AuditLogPage() {
  useDocumentTitle('Audit log');
  const { search } = useAddress();
  const filters = filtersFrom(search);
  const filterKey = JSON.stringify(filters);
  return (
    <>
      <span className="app-caption-l">Workspace</span>
      <h1 className="app-heading-xl">Audit log</h1>
      <p className="app-body-l">
        Every request by a funder or a councillor, and every change by anyone, with the arguments it ran with and how many figure rows
        went out. The log cannot be changed or deleted, by anyone using the service.
      </p>
      {/* Keyed by the filters: a new filter starts again at the newest page, and the form shows the address's filters. */}
      <FilteredLog key={filterKey} filters={filters} />
    </>
  );
}

function FilteredLog({ filters }: { filters: AuditFilters }) {
  // The ids each page starts after: empty for the newest page; "Older" adds one, "Newer" takes one off.
  const [cursors, setCursors] = useState<string[]>([]);
  const before = cursors.at(-1) ?? null;
  // The log grows with every request: each visit to a page asks again, showing what was kept meanwhile.
  const { data, previousData, loading, error } = useQuery(AuditLogDocument, { variables: { ...filters, limit: PAGE_SIZE, before }, fetchPolicy: 'cache-and-network' });
  const entries = (data ?? previousData)?.auditLog ?? [];
  const problems = error ? problemsFrom(error, FILTER_FIELDS) : [];
  const fieldProblems = problems.filter((problem) => problem.field);
  const filtered = Object.keys(filters).length > 0;
  const tableTop = useRef<HTMLDivElement>(null);
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (moved && !loading) tableTop.current?.focus();
  }, [moved, loading, before]);

  const apply = (next: AuditFilters) => replaceQueryParams(filterParams(next));
  const page = cursors.length + 1;
  const move = (next: string[]) => {
    setCursors(next);
    setMoved(true);
  };

  return (
    <>
      <AuditFilterForm filters={filters} problems={fieldProblems} onApply={apply} />
      <Section id="entries" heading={<>{filtered ? 'Entries matching the filters' : 'Entries'}</>}>
        {error && fieldProblems.length === 0 ? (
          <ProblemMessage title="The audit log could not be loaded" error={error} />
        ) : error ? (
          <p className="app-body">Correct the filters above to see the entries.</p>
        ) : loading && entries.length === 0 ? (
          <p className="app-body" role="status">
            Loading the audit log…
          </p>
        ) : entries.length === 0 ? (
          <p className="app-body">
            {page > 1
              ? 'There are no older entries.'
              : filtered
                ? 'No entry matches these filters. Try fewer filters or a wider range of days; a person is matched exactly as the log names them.'
                : 'The audit log is empty: nothing has been recorded yet.'}
          </p>
        ) : (
          <>
            <DownloadAudit filters={filters} />
            <div ref={tableTop} tabIndex={-1}>
              <AuditTable entries={entries} caption={`Page ${page}: ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}, newest first`} />
            </div>
            <nav className="app-audit-paging" aria-label="Pages of the audit log">
              {page > 1 && (
                <button type="button" className="app-button app-button--secondary" disabled={loading} onClick={() => move(cursors.slice(0, -1))}>
                  Newer entries
                </button>
              )}
              {entries.length === PAGE_SIZE && (
                <button type="button" className="app-button app-button--secondary" disabled={loading} onClick={() => move([...cursors, entries[entries.length - 1]?.id ?? ''])}>
                  Older entries
                </button>
              )}
            </nav>
          </>
        )}
      </Section>
    </>
  );
}
