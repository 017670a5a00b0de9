import { enumOf } from '../shared/graphql-enum';
import { registerEnumType } from 'type-graphql';

export const EMERGING_ISSUE_STATUSES = ['WATCHING', 'ESCALATED', 'CLOSED'] as const;
export type EmergingIssueStatus = (typeof EMERGING_ISSUE_STATUSES)[number];

export const EmergingIssueStatusEnum = enumOf(EMERGING_ISSUE_STATUSES);
registerEnumType(EmergingIssueStatusEnum, {
  name: 'EmergingIssueStatus',
  description: 'Where an emerging issue stands in the register.',
  valuesConfig: {
    WATCHING: { description: 'Being watched for a trend.' },
    ESCALATED: { description: 'Raised for action beyond the operational group.' },
    CLOSED: { description: 'No longer followed.' },
  },
});
