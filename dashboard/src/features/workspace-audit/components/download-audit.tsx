import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { AuditLogDocument } from '../../../graphql/generated/graphql';
import { downloadCsv } from '../../../lib/csv';
import { formatNumber } from '../../../lib/format';
import { auditCsv } from '../audit-csv';
import { filterFileName } from '../audit-filters';
import type { AuditFilters, AuditLogEntry } from '../graphql/types';

const PAGE = 1000;
/** 100,000 entries: beyond that, narrow the filters (a file that size is already more than a spreadsheet reads comfortably). */
const MOST_PAGES = 100;

/** Downloads every entry the filters keep, not only the page shown: asks the API page by page, newest first, then saves one CSV. */
export function DownloadAudit({ filters }: { filters: AuditFilters }) {
  const client = useApolloClient();
  const [state, setState] = useState<{ busy: boolean; message: string; error?: unknown }>({ busy: false, message: '' });

  const download = async () => {
    setState({ busy: true, message: 'Collecting the entries…' });
    try {
      const entries: AuditLogEntry[] = [];
      let before: string | null = null;
      for (let page = 0; page < MOST_PAGES; page += 1) {
        const answer = await client.query({ query: AuditLogDocument, variables: { ...filters, limit: PAGE, before }, fetchPolicy: 'no-cache' });
        const rows: AuditLogEntry[] = answer.data?.auditLog ?? [];
        entries.push(...rows);
        if (rows.length < PAGE) break;
        before = rows[rows.length - 1]?.id ?? null;
        setState({ busy: true, message: `Collecting the entries… ${formatNumber(entries.length)} so far` });
      }
      downloadCsv(filterFileName(filters), auditCsv(entries));
      const cut = entries.length >= PAGE * MOST_PAGES ? ` (the newest ${formatNumber(entries.length)}: narrow the filters for older ones)` : '';
      setState({ busy: false, message: `Downloaded ${formatNumber(entries.length)} ${entries.length === 1 ? 'entry' : 'entries'}${cut}.` });
    } catch (error) {
      setState({ busy: false, message: '', error });
    }
  };

  return (
    <>
      <button type="button" className="app-button app-button--secondary" disabled={state.busy} onClick={download}>
        Download the filtered log (CSV)
      </button>
      <p className="app-body" role="status">
        {state.message}
      </p>
      {state.error !== undefined && <ProblemMessage title="The log could not be downloaded" error={state.error} />}
    </>
  );
}
