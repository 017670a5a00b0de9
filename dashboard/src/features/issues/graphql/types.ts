// Names for the emerging-issues answers that components take one at a time; generated from the .graphql files.
import type { EmergingIssuesQuery, SignalsQuery } from '../../../graphql/generated/graphql';

export type EmergingIssue = EmergingIssuesQuery['emergingIssues'][number];

export type Signal = SignalsQuery['signals'][number];
