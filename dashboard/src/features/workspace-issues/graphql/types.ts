// Names for the register's answers that its components take one at a time; generated from the .graphql files.
import type { EmergingIssueInput, WorkspaceIssuesQuery, WorkspaceSignalsQuery } from '../../../graphql/generated/graphql';

/** linkedSignals: "<measure>|<dimension>|<code>", oldest link first; a link outlives its signal. */
export type RegisterIssue = WorkspaceIssuesQuery['emergingIssues'][number];

export type LiveSignal = WorkspaceSignalsQuery['signals'][number];

/** The fields an analyst records, as the issue has them; the input takes every one (updating replaces them all). */
export type IssueFields = Pick<RegisterIssue, keyof EmergingIssueInput>;

/** The fields of an issue as the input takes them back (to change one field, send them all). */
export function inputOf(issue: RegisterIssue): IssueFields {
  const { title, description, firstRaised, status, linkedMeasures, linkedStrands, source, owner } = issue;
  return { title, description, firstRaised, status, linkedMeasures, linkedStrands, source, owner };
}
