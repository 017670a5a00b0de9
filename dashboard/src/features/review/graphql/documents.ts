// Typed handles on the quarterly review's own operation (the strands and issues sections reuse their pages'
// operations). The .graphql file is checked against the API schema at build time; these types mirror it.
import type { TypedDocumentNode } from '@apollo/client';
import type { AssuranceIcon, MeasureUnit, Polarity, Rag, VariationIcon } from '../../../graphql/schema-types';
import quarterlyReview from './quarterly-review.graphql';

export interface ReviewTarget {
  id: string;
  financialYear: string;
  measure: { id: string; label: string; unit: MeasureUnit; polarity: Polarity };
  /** The year's target; null for activity only. */
  value: number | null;
  polarity: Polarity;
  /** A fraction: 0.1 is 10%. */
  tolerance: number;
  ownerPartner: string | null;
  note: string | null;
  illustrative: boolean;
}

export interface TargetStatus {
  target: ReviewTarget;
  financialYear: string;
  quarter: number;
  actualToDate: number;
  targetToDate: number | null;
  /** In percent: 110 is 10% ahead. */
  percentOfTarget: number | null;
  rag: Rag;
  samePeriodLastYear: number | null;
  /** A fraction: 0.8333 is +83%. */
  changeOnLastYear: number | null;
  yearEndForecast: number | null;
  variation: VariationIcon | null;
  assurance: AssuranceIcon | null;
  sparkline: { period: string; value: number }[];
  summary: string;
}

export interface TargetReview {
  /** False when no target is set for the year: no rows, and `message` says so. */
  hasTargets: boolean;
  /** The API's plain words to show above the rows, e.g. "No targets have been set for financial year 2026 to 2027. …". */
  message: string | null;
  /** Targets whose measure was not collected at all in the year to date: no status, as there is no figure. */
  notCollected: { id: string; measure: { id: string; label: string } }[];
  statuses: TargetStatus[];
}

export const QuarterlyReviewQuery = quarterlyReview as TypedDocumentNode<{ targetReview: TargetReview }, { financialYear: string; quarter: number }>;
