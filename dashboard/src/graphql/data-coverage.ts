// What the data covers, from the API: the years every chooser offers, the quarter pages open on,
// and when each dataset began, before which a period is "not collected". One query, kept by Apollo.
import { useQuery } from '@apollo/client/react';
import { DataCoverageDocument, type DataCoverageQuery } from './generated/graphql';

/**
 * today: the server's day, what "complete" and "so far" are measured against, not the browser's clock;
 * lastCompleteQuarter: e.g. "2026/27 Q2", the latest quarter that ended before today; financialYears: from
 * the first year any dataset was collected to the current one, oldest first.
 */
export type DataCoverage = DataCoverageQuery['dataCoverage'];

/**
 * collectedFrom: when collection began (the service opened), null from its first month with records, and
 * collectedFromReason why; firstMonth and lastMonth ("2012-01") the months with records (released months,
 * for funders and councillors); measures: the ids of the measures that count this dataset's records.
 */
export type DatasetCoverage = DataCoverage['datasets'][number];

export interface DataCoverageAnswer {
  coverage: DataCoverage | undefined;
  loading: boolean;
  error: unknown;
}

export function useDataCoverage(): DataCoverageAnswer {
  const { data, loading, error } = useQuery(DataCoverageDocument);
  return { coverage: data?.dataCoverage, loading, error };
}
