import { replaceQueryParams } from '../../../app/router';
import type { Quarter } from '../../../lib/financial-periods';
import { useFinancialYearParam, useQuarterParam } from '../../../lib/use-period-params';

/** The published year's last quarter: the whole of 2012/13, the year the briefing reports. */
export const DEFAULT_REVIEW_PERIOD = { financialYear: '2012/13', quarter: 4 } as const;

export interface ReviewPeriod {
  financialYear: string;
  quarter: Quarter;
  setFinancialYear: (year: string) => void;
  setQuarter: (quarter: Quarter) => void;
}

/** The year and quarter under review, kept in the address (?year=2012/13&quarter=4) so a pack can be shared. */
export function useReviewPeriod(): ReviewPeriod {
  const [financialYear] = useFinancialYearParam(DEFAULT_REVIEW_PERIOD.financialYear);
  const quarter = useQuarterParam(DEFAULT_REVIEW_PERIOD.quarter);
  // Both go in the address whichever changes, so the address always names the period on screen.
  return {
    financialYear,
    quarter,
    setFinancialYear: (year) => replaceQueryParams({ year, quarter: String(quarter) }),
    setQuarter: (chosen) => replaceQueryParams({ year: financialYear, quarter: String(chosen) }),
  };
}
