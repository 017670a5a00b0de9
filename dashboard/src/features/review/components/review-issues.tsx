import { useQuery } from '@apollo/client/react';
import { paths } from '../../../app/paths';
import { ProblemMessage } from '../../../components/govuk/problem-message';
import { EmergingIssuesDocument, SignalsDocument } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../lib/format';
import { updatesNewestFirst } from '../../../components/issues/issue-summary';
import { IssueStatusTag } from '../../../components/indicators/issue-tags';
import { SignalsTable } from '../../../components/issues/signals-table';
import { DataTable } from '../../../components/data-table';

/** How many signals the pack lists; the issues page has them all. */
const TOP_SIGNALS = 5;

export function ReviewIssues() {
  const { data, loading, error } = useQuery(EmergingIssuesDocument);
  const issues = data?.emergingIssues ?? [];
  if (error) return <ProblemMessage title="The emerging issues could not be loaded" error={error} />;
  if (loading) {
    return (
      <p className="app-body" role="status">
        Loading the emerging issues…
      </p>
    );
  }
  if (issues.length === 0) return <p className="app-body">There are no emerging issues on the register.</p>;
  return (
    <div className="app-table-scroll app-print-keep" role="region" aria-label="Emerging issues" tabIndex={0}>
      <DataTable caption={<>Emerging issues on the register ({issues.length})</>} headings={['Issue', 'Status', 'First raised', 'Latest update']} className="app-table--compact">
        {issues.map((issue) => {
          const latest = updatesNewestFirst(issue)[0];
          return (
            <tr key={issue.id}>
              <th scope="row">
                <a className="app-link" href={paths.issue(issue.id)}>
                  {issue.title}
                </a>
              </th>
              <td>
                <IssueStatusTag status={issue.status} />
              </td>
              <td>{formatDate(issue.firstRaised)}</td>
              <td>{latest ? `${formatDate(latest.date)}: ${latest.text}` : 'No updates yet'}</td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}

export function ReviewSignals() {
  const { data, loading, error } = useQuery(SignalsDocument, { variables: { limit: TOP_SIGNALS } });
  const signals = data?.signals ?? [];
  if (error) return <ProblemMessage title="The signals could not be loaded" error={error} />;
  if (loading) {
    return (
      <p className="app-body" role="status">
        Loading the signals…
      </p>
    );
  }
  if (signals.length === 0) return <p className="app-body">No strand or ward series shows special cause variation in its latest months.</p>;
  return <SignalsTable signals={signals} caption={`The ${signals.length} most marked signals`} withLinkedIssue />;
}
