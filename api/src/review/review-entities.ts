import { AnalystNote } from '../annotations/analyst-note.entity';
import { EmergingIssueUpdate } from '../issues/emerging-issue-update.entity';
import { EmergingIssue } from '../issues/emerging-issue.entity';
import { SignalLink } from '../issues/signal-link.entity';
import { SeriesBreak } from '../spc/series-break.entity';
import { Target } from '../targets/target.entity';

/** The quarterly review's tables (migration QuarterlyReview). */
export const REVIEW_ENTITIES = [Target, SeriesBreak, AnalystNote, EmergingIssue, EmergingIssueUpdate, SignalLink];
