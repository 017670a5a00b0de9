// Typed handles on the strands page's operations. The .graphql files are checked against the API schema at
// build time; these result types mirror their selections.
import type { TypedDocumentNode } from '@apollo/client';
import type { IsoDate } from '../../../graphql/schema-types';
import gaiaStrands from './gaia-strands.graphql';

interface KeyValue {
  code: string;
  label: string;
}

interface PeriodStart {
  label: string;
  start: IsoDate;
}

export interface GaiaStrandsData {
  byStrandAndQuarter: { rows: { period: PeriodStart | null; key: KeyValue[]; value: number | null; suppressed: boolean }[] };
  byStrand: { total: number | null; suppressed: boolean; rows: { key: KeyValue[]; value: number | null; suppressed: boolean }[] };
  byQuarter: { notCollected: PeriodStart[]; rows: { period: PeriodStart | null; value: number | null; suppressed: boolean }[] };
}

export const GaiaStrandsQuery = gaiaStrands as TypedDocumentNode<GaiaStrandsData, { financialYear: string }>;
