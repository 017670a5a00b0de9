// What the data covers, from the API: the years every chooser offers, the quarter pages open on,
// and when each dataset began, before which a period is "not collected". One query, kept by Apollo.
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import dataCoverage from './data-coverage.graphql';
import type { IsoDate } from './schema-types';

export interface DatasetCoverage {
  dataset: string;
  label: string;
  /** When collection began (the service opened); null: from its first month with records. */
  collectedFrom: IsoDate | null;
  /** Why then, e.g. "The Gaia Centre opened in January 2012"; null when collectedFrom is the first month with records. */
  collectedFromReason: string | null;
  /** "2012-01": the first and last month with records (released months, for funders and councillors). */
  firstMonth: string | null;
  lastMonth: string | null;
  /** The ids of the measures that count this dataset's records. */
  measures: string[];
}

export interface DataCoverage {
  /** The server's day: what "complete" and "so far" are measured against, not the browser's clock. */
  today: IsoDate;
  currentFinancialYear: string;
  /** e.g. "2026/27 Q2": the latest quarter that ended before today. */
  lastCompleteQuarter: string | null;
  /** From the first year any dataset was collected to the current one, oldest first. */
  financialYears: string[];
  datasets: DatasetCoverage[];
}

const DataCoverageQuery = dataCoverage as TypedDocumentNode<{ dataCoverage: DataCoverage }, Record<string, never>>;

export interface DataCoverageAnswer {
  coverage: DataCoverage | undefined;
  loading: boolean;
  error: unknown;
}

export function useDataCoverage(): DataCoverageAnswer {
  const { data, loading, error } = useQuery(DataCoverageQuery);
  return { coverage: data?.dataCoverage, loading, error };
}
