// Typed handles on the workspace's register operations. The .graphql files are checked against the API
// schema at build time; these result types mirror their selections.
import type { TypedDocumentNode } from '@apollo/client';
import type { SignalMeaning } from '../../../components/indicators/issue-tags';
import type { Dimension, Direction, EmergingIssueStatus, IsoDate } from '../../../graphql/schema-types';
import addIssueUpdate from './add-issue-update.graphql';
import createIssue from './create-issue.graphql';
import linkSignal from './link-signal.graphql';
import unlinkSignal from './unlink-signal.graphql';
import updateIssue from './update-issue.graphql';
import workspaceIssues from './workspace-issues.graphql';
import workspaceSignals from './workspace-signals.graphql';

export interface RegisterIssue {
  id: string;
  title: string;
  description: string;
  firstRaised: IsoDate;
  status: EmergingIssueStatus;
  linkedMeasures: string[];
  linkedStrands: string[];
  source: string;
  owner: string;
  /** "<measure>|<dimension>|<code>", oldest link first; a link outlives its signal. */
  linkedSignals: string[];
  updates: { id: string; date: IsoDate; text: string }[];
}

export const WorkspaceIssuesQuery = workspaceIssues as TypedDocumentNode<
  { emergingIssues: RegisterIssue[]; measures: { id: string; label: string }[] },
  Record<string, never>
>;

export interface LiveSignal {
  id: string;
  measure: { id: string; label: string };
  dimension: Dimension;
  code: string;
  label: string;
  latestPeriod: string;
  direction: Direction;
  meaning: SignalMeaning;
  summary: string;
  linkedIssue: { id: string; title: string } | null;
}

export const WorkspaceSignalsQuery = workspaceSignals as TypedDocumentNode<{ signals: LiveSignal[] }, { limit?: number }>;

/** The fields an analyst records; updating replaces every one. */
export interface EmergingIssueInput {
  title: string;
  description: string;
  firstRaised: IsoDate;
  status: EmergingIssueStatus;
  linkedMeasures: string[];
  linkedStrands: string[];
  source: string;
  owner: string;
}

type IssueResult = { id: string; title: string; status: EmergingIssueStatus; linkedSignals: string[] };

export const CreateIssueMutation = createIssue as TypedDocumentNode<{ createEmergingIssue: IssueResult }, { input: EmergingIssueInput }>;
export const UpdateIssueMutation = updateIssue as TypedDocumentNode<{ updateEmergingIssue: IssueResult }, { id: string; input: EmergingIssueInput }>;
export const AddIssueUpdateMutation = addIssueUpdate as TypedDocumentNode<{ addEmergingIssueUpdate: IssueResult }, { id: string; date: IsoDate; text: string }>;
export const LinkSignalMutation = linkSignal as TypedDocumentNode<
  { linkSignalToIssue: { id: string; linkedIssue: { id: string; title: string } | null } },
  { signalId: string; issueId: string }
>;
export const UnlinkSignalMutation = unlinkSignal as TypedDocumentNode<{ unlinkSignal: IssueResult }, { signalId: string }>;

/** The fields of an issue as the input takes them back (to change one field, send them all). */
export function inputOf(issue: RegisterIssue): EmergingIssueInput {
  const { title, description, firstRaised, status, linkedMeasures, linkedStrands, source, owner } = issue;
  return { title, description, firstRaised, status, linkedMeasures, linkedStrands, source, owner };
}
