// Names for the quarterly review's answer, which the page and its targets table share; generated from quarterly-review.graphql.
import type { QuarterlyReviewQuery } from '../../../graphql/generated/graphql';

/** hasTargets is false when no target is set for the year: no statuses, and message says so in the API's words. */
export type TargetReview = QuarterlyReviewQuery['targetReview'];

/** percentOfTarget is in percent (110 is 10% ahead); changeOnLastYear and the target's tolerance are fractions. */
export type TargetStatus = TargetReview['statuses'][number];
