import { issueAnchor, paths } from '../../../app/paths';
import { formatDate } from '../../../lib/format';
import { IssueStatusTag } from '../../../components/indicators/issue-tags';
import '../../../components/issues/issues.css';
import type { EmergingIssue } from '../graphql/types';

export interface NamedCode {
  code: string;
  label: string;
}

/** Newest first: the register is read for what changed lately. */
export function updatesNewestFirst(issue: EmergingIssue) {
  return [...issue.updates].sort((a, b) => b.date.localeCompare(a.date));
}

function IssueEntry({ issue, measureName, strandName }: { issue: EmergingIssue; measureName: (id: string) => string; strandName: (code: string) => string }) {
  const headingId = `${issueAnchor(issue.id)}-heading`;
  const updates = updatesNewestFirst(issue);
  return (
    <article className="app-issue" id={issueAnchor(issue.id)} aria-labelledby={headingId} tabIndex={-1}>
      <h3 className="app-heading-m" id={headingId}>
        {issue.title}
      </h3>
      <p className="app-body">
        <IssueStatusTag status={issue.status} />
      </p>
      <p className="app-body">{issue.description}</p>
      <dl className="app-summary-list">
        <div className="app-summary-list__row">
          <dt>First raised</dt>
          <dd>{formatDate(issue.firstRaised)}</dd>
        </div>
        <div className="app-summary-list__row">
          <dt>Owner</dt>
          <dd>{issue.owner}</dd>
        </div>
        <div className="app-summary-list__row">
          <dt>Source</dt>
          <dd>{issue.source}</dd>
        </div>
        <div className="app-summary-list__row">
          <dt>Linked measures</dt>
          <dd>
            {issue.linkedMeasures.length === 0 ? (
              'None'
            ) : (
              <ul className="app-inline-list">
                {issue.linkedMeasures.map((id) => (
                  <li key={id}>
                    <a className="app-link" href={paths.measure(id)}>
                      {measureName(id)}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="app-summary-list__row">
          <dt>Linked Gaia strands</dt>
          <dd>
            {issue.linkedStrands.length === 0 ? (
              'None'
            ) : (
              <ul className="app-inline-list">
                {issue.linkedStrands.map((code) => (
                  <li key={code}>
                    <a className="app-link" href={paths.measure('gaia.referrals', { strand: code })}>
                      {strandName(code)}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <h4 className="app-heading-s">Updates</h4>
      {updates.length === 0 ? (
        <p className="app-body">No updates yet.</p>
      ) : (
        <ol className="app-timeline" reversed>
          {updates.map((update) => (
            <li key={update.id} className="app-timeline__item">
              <p className="app-timeline__date">
                <time dateTime={update.date}>{formatDate(update.date)}</time>
              </p>
              <p className="app-timeline__text">{update.text}</p>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

/** The register: every issue with its status, links and dated updates. */
export function IssueRegister({
  issues,
  measures,
  strands,
}: {
  issues: readonly EmergingIssue[];
  measures: readonly { id: string; label: string }[];
  strands: readonly NamedCode[];
}) {
  const measureName = (id: string) => measures.find((measure) => measure.id === id)?.label ?? id;
  const strandName = (code: string) => strands.find((strand) => strand.code === code)?.label ?? code;
  return (
    <div className="app-issues">
      {issues.map((issue) => (
        <IssueEntry key={issue.id} issue={issue} measureName={measureName} strandName={strandName} />
      ))}
    </div>
  );
}
