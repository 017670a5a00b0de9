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

export const QuarterlyReviewQuery = quarterlyReview as TypedDocumentNode<
  { targetStatuses: TargetStatus[] },
  { financialYear: string; quarter: number }
>;
