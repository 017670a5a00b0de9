// Typed handles on the emerging-issues operations. The .graphql files are checked against the API schema at
// build time; these result types mirror their selections.
import type { TypedDocumentNode } from '@apollo/client';
import type { SignalMeaning } from '../../../components/indicators/issue-tags';
import type { Dimension, Direction, EmergingIssueStatus, IsoDate, SpecialCauseRule } from '../../../graphql/schema-types';
import emergingIssues from './emerging-issues.graphql';
import signals from './signals.graphql';

export interface IssueUpdate {
  id: string;
  date: IsoDate;
  text: string;
}

export interface EmergingIssue {
  id: string;
  title: string;
  description: string;
  firstRaised: IsoDate;
  status: EmergingIssueStatus;
  linkedMeasures: string[];
  linkedStrands: string[];
  source: string;
  owner: string;
  updates: IssueUpdate[];
}

export interface EmergingIssuesData {
  emergingIssues: EmergingIssue[];
  measures: { id: string; label: string }[];
}

export const EmergingIssuesQuery = emergingIssues as TypedDocumentNode<EmergingIssuesData, Record<string, never>>;

export type { SignalMeaning };

export interface Signal {
  id: string;
  measure: { id: string; label: string };
  dimension: Dimension;
  code: string;
  label: string;
  latestPeriod: string;
  direction: Direction;
  meaning: SignalMeaning;
  rules: SpecialCauseRule[];
  score: number;
  summary: string;
  linkedIssue: { id: string; title: string; status: EmergingIssueStatus } | null;
}

export const SignalsQuery = signals as TypedDocumentNode<{ signals: Signal[] }, { limit?: number }>;
