// Typed handles on the quarterly return and disclosure release operations. The .graphql files are
// checked against the API schema at build time; these result types mirror their selections.
import type { TypedDocumentNode } from '@apollo/client';
import type { MeasureUnit } from '../../../graphql/schema-types';
import disclosureReleases from './disclosure-releases.graphql';
import publishQuarter from './publish-quarter.graphql';
import publishRelease from './publish-release.graphql';
import quarterlyReturn from './quarterly-return.graphql';

export interface ReturnMeasure {
  id: string;
  label: string;
  unit: MeasureUnit;
}

export interface ReturnCell {
  /** 1–4, or null for the whole year (always live). */
  quarter: number | null;
  value: number | null;
  notCollected: boolean;
  published: boolean;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface FigureRevision {
  quarter: number;
  measure: ReturnMeasure;
  /** Null: there was no figure before (after a revision to none). */
  oldValue: number | null;
  /** Null: the records no longer give any figure (e.g. the dataset's only import was undone). */
  newValue: number | null;
  detectedAt: string;
  batchId: string | null;
}

export interface QuarterlyReturn {
  financialYear: string;
  lines: { measure: ReturnMeasure; cells: ReturnCell[] }[];
  revisions: FigureRevision[];
}

export const QuarterlyReturnQuery = quarterlyReturn as TypedDocumentNode<{ quarterlyReturn: QuarterlyReturn }, { financialYear: string }>;

export const PublishQuarterMutation = publishQuarter as TypedDocumentNode<{ publishQuarterlyReturn: Pick<QuarterlyReturn, 'financialYear'> }, { financialYear: string; quarter: number }>;

export interface DisclosureRelease {
  id: string;
  /** "YYYY-MM": the last month released. */
  throughMonth: string;
  publishedAt: string;
  publishedBy: string;
}

export const DisclosureReleasesQuery = disclosureReleases as TypedDocumentNode<{ disclosureReleases: DisclosureRelease[] }, Record<string, never>>;

export const PublishReleaseMutation = publishRelease as TypedDocumentNode<{ publishDisclosureRelease: DisclosureRelease }, { throughMonth: string }>;
