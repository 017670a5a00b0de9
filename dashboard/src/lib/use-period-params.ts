import { useQueryParam } from '../app/router';
import { FINANCIAL_YEARS, isQuarter, type Quarter } from './financial-periods';

/** The financial year chosen on a page, kept in the address (?year=2012/13); one the dashboard offers, or `fallback`. */
export function useFinancialYearParam(fallback: string): [string, (year: string) => void] {
  const [year, setYear] = useQueryParam('year');
  const offered = (FINANCIAL_YEARS as readonly string[]).includes(year ?? '');
  return [offered && year ? year : fallback, setYear];
}

/** The quarter named in the address (?quarter=4): 1 to 4, or `fallback`. */
export function useQuarterParam(fallback: Quarter): Quarter {
  const [quarter] = useQueryParam('quarter');
  const asNumber = Number(quarter);
  return quarter !== null && isQuarter(asNumber) ? asNumber : fallback;
}
