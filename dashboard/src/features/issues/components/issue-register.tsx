import { issueAnchor, paths } from '../../../app/paths';
import { IssueSummary, IssueUpdates } from '../../../components/issues/issue-summary';
import type { EmergingIssue } from '../graphql/types';

export interface NamedCode {
  code: string;
  label: string;
}

/** "None", or the linked items as links. */
function LinkedItems({ items, href, name }: { items: readonly string[]; href: (item: string) => string; name: (item: string) => string }) {
  if (items.length === 0) return <>None</>;
  return (
    <ul className="app-inline-list">
      {items.map((item) => (
        <li key={item}>
          <a className="app-link" href={href(item)}>
            {name(item)}
          </a>
        </li>
      ))}
    </ul>
  );
}

function IssueEntry({ issue, measureName, strandName }: { issue: EmergingIssue; measureName: (id: string) => string; strandName: (code: string) => string }) {
  const headingId = `${issueAnchor(issue.id)}-heading`;
  return (
    <article className="app-issue" id={issueAnchor(issue.id)} aria-labelledby={headingId} tabIndex={-1}>
      <h3 className="app-heading-m" id={headingId}>
        {issue.title}
      </h3>
      <IssueSummary
        issue={issue}
        linkedMeasures={<LinkedItems items={issue.linkedMeasures} href={(id) => paths.measure(id)} name={measureName} />}
        linkedStrands={<LinkedItems items={issue.linkedStrands} href={(code) => paths.measure('gaia.referrals', { strand: code })} name={strandName} />}
      />
      <IssueUpdates issue={issue} none="No updates yet." />
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
