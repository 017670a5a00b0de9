import { replaceQueryParams, useQueryParam } from '../app/router';
import type { DataCoverage } from '../graphql/data-coverage';
import { fallbackQuarter, openingQuarter, quartersOffered } from './coverage-periods';
import type { Quarter } from './financial-periods';

/** The financial year chosen on a page, kept in the address (?year=2012/13): one of `offered`, or `fallback`. */
export function useFinancialYearParam(offered: readonly string[], fallback: string): [string, (year: string) => void] {
  const [year, setYear] = useQueryParam('year');
  return [year !== null && offered.includes(year) ? year : fallback, setYear];
}

/** The quarter named in the address (?quarter=4): one of `offered`, or `fallback`. */
export function useQuarterParam(offered: readonly Quarter[], fallback: Quarter): Quarter {
  const [quarter] = useQueryParam('quarter');
  const asNumber = Number(quarter);
  return quarter !== null && (offered as readonly number[]).includes(asNumber) ? (asNumber as Quarter) : fallback;
}

export interface QuarterPeriod {
  financialYear: string;
  quarter: Quarter;
  /** The years with data, oldest first, and the chosen year's quarters that have begun. */
  years: readonly string[];
  quarters: readonly Quarter[];
  setFinancialYear: (year: string) => void;
  setQuarter: (quarter: Quarter) => void;
}

/**
 * A year and quarter kept in the address (?year=2026/27&quarter=2) so a view can be shared, offered
 * from what the data covers; without a choice, the last complete quarter.
 */
export function useQuarterPeriod(coverage: DataCoverage): QuarterPeriod {
  const opening = openingQuarter(coverage);
  const [financialYear] = useFinancialYearParam(coverage.financialYears, opening.financialYear);
  const quarters = quartersOffered(financialYear, coverage);
  const quarter = useQuarterParam(quarters, fallbackQuarter(financialYear, coverage));
  // Both go in the address whichever changes, so the address always names the period on screen.
  return {
    financialYear,
    quarter,
    years: coverage.financialYears,
    quarters,
    setFinancialYear: (year) => {
      const offered = quartersOffered(year, coverage);
      replaceQueryParams({ year, quarter: String(offered.includes(quarter) ? quarter : fallbackQuarter(year, coverage)) });
    },
    setQuarter: (chosen) => replaceQueryParams({ year: financialYear, quarter: String(chosen) }),
  };
}
