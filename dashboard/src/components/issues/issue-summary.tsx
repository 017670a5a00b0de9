// An emerging issue as the register shows it, on the public issues page and in the analysts' workspace:
// its status, description, dated facts and updates. Each page adds its own heading, links and actions.
import type { ComponentProps, ReactNode } from 'react';
import { formatDate } from '../../lib/format';
import { IssueStatusTag } from '../indicators/issue-tags';
import './issues.css';

/** What the register shows of an issue: both pages' questions answer with these. */
export interface IssueShown {
  status: ComponentProps<typeof IssueStatusTag>['status'];
  description: string;
  firstRaised: string;
  owner: string;
  source: string;
  updates: readonly { id: string; date: string; text: string }[];
}

/** Newest first: the register is read for what changed lately. */
export function updatesNewestFirst(issue: Pick<IssueShown, 'updates'>) {
  return [...issue.updates].sort((a, b) => b.date.localeCompare(a.date));
}

/** Status, description and the facts; `linkedMeasures` and `linkedStrands` are each page's own (links, or names). */
export function IssueSummary({ issue, linkedMeasures, linkedStrands }: { issue: IssueShown; linkedMeasures: ReactNode; linkedStrands: ReactNode }) {
  return (
    <>
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
          <dd>{linkedMeasures}</dd>
        </div>
        <div className="app-summary-list__row">
          <dt>Linked Gaia strands</dt>
          <dd>{linkedStrands}</dd>
        </div>
      </dl>
    </>
  );
}

/** The dated updates, newest first; `none` is what to say when there are none yet. */
export function IssueUpdates({ issue, none }: { issue: Pick<IssueShown, 'updates'>; none: string }) {
  const updates = updatesNewestFirst(issue);
  return (
    <>
      <h4 className="app-heading-s">Updates</h4>
      {updates.length === 0 ? (
        <p className="app-body">{none}</p>
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
    </>
  );
}
