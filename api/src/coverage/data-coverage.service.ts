import { today as clockToday } from '../config';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../datasets/dataset-catalogue';
import { financialYearLabel, financialYearOf, financialYearStartYear, lastCompleteQuarter } from '../shared/financial-periods';
import { MEASURES } from '../measures/measure-catalogue';
import type { Queryable } from '../shared/queryable';
import { everyDatasetCoverage } from '../figures/dataset-collection';

export interface DatasetCoverageData {
  dataset: DatasetName;
  label: string;
  collectedFrom: string | null;
  /** Why collection began then; null when collectedFrom is the first month with records. */
  collectedFromReason: string | null;
  firstMonth: string | null;
  lastMonth: string | null;
  measures: string[];
}

export interface DataCoverageData {
  today: string;
  currentFinancialYear: string;
  lastCompleteQuarter: string;
  financialYears: string[];
  datasets: DatasetCoverageData[];
}

/** Every financial year from the one holding `first` to the one holding `last`, e.g. ["2011/12", "2012/13"]. */
export function financialYearsBetween(first: string, last: string): string[] {
  const years: string[] = [];
  for (let year = financialYearStartYear(first); year <= financialYearStartYear(last); year += 1) years.push(financialYearLabel(year));
  return years;
}

/**
 * What the data covers, so every chooser is built from the data rather than from years written in
 * code: today's place in the financial calendar, and per dataset when collection began and the
 * first and last month with records. `releasedOnly` (funders, councillors): the months they can
 * read, those of the disclosure releases for counts of people.
 */
export async function dataCoverage(database: Queryable, releasedOnly: boolean, today = clockToday()): Promise<DataCoverageData> {
  // Funders and councillors read counts of people as released, and counts of operations live.
  const released = new Set(releasedOnly ? DATASET_NAMES.filter((dataset) => MEASURES.some((m) => m.dataset === dataset && m.countsPeople)) : []);
  const datasets: DatasetCoverageData[] = (await everyDatasetCoverage(database, released)).map(({ collection, firstMonth, lastMonth }) => ({
    dataset: collection.dataset,
    label: DATASETS[collection.dataset].label,
    collectedFrom: collection.collectedFrom,
    collectedFromReason: collection.reason,
    firstMonth,
    lastMonth,
    measures: MEASURES.filter((m) => m.dataset === collection.dataset).map((m) => m.id),
  }));
  const starts = datasets.flatMap((d) => (d.collectedFrom ? [d.collectedFrom] : [])).sort();
  return {
    today,
    currentFinancialYear: financialYearOf(today),
    lastCompleteQuarter: lastCompleteQuarter(today).label,
    // From the first year anything was collected; a year not yet begun by any dataset is not offered.
    financialYears: financialYearsBetween(starts[0] && starts[0] < today ? starts[0] : today, today),
    datasets,
  };
}
