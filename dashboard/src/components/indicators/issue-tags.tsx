// Tags for the emerging-issues register and its signals: the public register and the analysts' workspace both show them.
import type { Direction, EmergingIssueStatus } from '../../graphql/generated/graphql';
import { Tag, type TagColour } from '../govuk/tag';

/** "improvement" | "concern" | "neither" (the measure has no better direction); the schema types it as a String. */
export type SignalMeaning = 'improvement' | 'concern' | 'neither';

/** Each status in words, for tags and choosers alike. */
export const ISSUE_STATUS: Record<EmergingIssueStatus, { text: string; colour: TagColour }> = {
  WATCHING: { text: 'Watching', colour: 'blue' },
  ESCALATED: { text: 'Escalated', colour: 'red' },
  CLOSED: { text: 'Closed', colour: 'grey' },
};

export function IssueStatusTag({ status }: { status: EmergingIssueStatus }) {
  const { text, colour } = ISSUE_STATUS[status];
  return <Tag colour={colour}>{text}</Tag>;
}

/** What a signal means in words: better, worse, or (for a measure with no better direction) unusually high or low. */
export function signalMeaningText(meaning: SignalMeaning | string, direction: Direction): string {
  switch (meaning) {
    case 'improvement':
      return 'Improvement';
    case 'concern':
      return 'Concern';
    default:
      return direction === 'HIGH' ? 'Unusually high' : 'Unusually low';
  }
}

const MEANING_COLOUR: Partial<Record<string, TagColour>> = { improvement: 'blue', concern: 'orange', neither: 'grey' } satisfies Record<SignalMeaning, TagColour>;

export function SignalTag({ meaning, direction }: { meaning: SignalMeaning | string; direction: Direction }) {
  return <Tag colour={MEANING_COLOUR[meaning] ?? 'grey'}>{signalMeaningText(meaning, direction)}</Tag>;
}
