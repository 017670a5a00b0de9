import { DATASETS, type DatasetName } from '../datasets/dataset-catalogue';
import { MEASURES, type MeasureDefinition } from '../measures/measure-catalogue';
import { addDays } from '../shared/dates';

/**
 * Where the planner counts records from. Each fact table has a monthly rollup (migration Rollups:
 * counts by month × every column a measure groups, filters or counts by), kept exact by triggers in
 * the writing transaction, so any question about whole months has the same answer from either.
 */
export interface CountSource {
  table: string;
  /** The column periods and date ranges apply to. */
  dateColumn: 'date' | 'month';
  /** How many records a group holds; `condition` narrows it (a rate's numerator). */
  count(condition?: string): string;
  fromRollup: boolean;
}

/** The columns of a dataset's rollup: every breakdown and every condition of its measures. */
export function rollupColumns(dataset: DatasetName): string[] {
  const columns = new Set<string>(Object.values(DATASETS[dataset].dimensions));
  for (const measure of MEASURES.filter((m) => m.dataset === dataset)) {
    for (const condition of [...measure.where, ...(measure.numerator ?? [])]) columns.add(condition.column);
  }
  return [...columns];
}

export const rollupTable = (dataset: DatasetName): string => `${DATASETS[dataset].table}_monthly`;

const isMonthStart = (date: string) => date.endsWith('-01');
const isMonthEnd = (date: string) => addDays(date, 1).endsWith('-01');

/** The frozen months of a dataset's rollup that disclosure releases have copied (migration DisclosureReleases). */
export const releasedRollupTable = (dataset: DatasetName): string => `${DATASETS[dataset].table}_released`;

/** Where counts come from: `auto` the records, or the rollup for whole months; `records` forces the records (tests, benchmark); `released` the frozen months funders and councillors read. */
export type CountPreference = 'auto' | 'records' | 'released';

/** Records, or the rollup when the range is whole months (every fixed period is); see CountPreference. */
export function countSource(measure: MeasureDefinition, from: string, to: string, prefer: CountPreference = 'auto'): CountSource {
  const wholeMonths = isMonthStart(from) && isMonthEnd(to);
  if (prefer === 'released') {
    if (!wholeMonths) throw new Error(`Released figures are counted in whole months, not ${from} to ${to}`);
    return {
      table: releasedRollupTable(measure.dataset), dateColumn: 'month', fromRollup: true,
      count: (condition) => `coalesce(sum(n)${condition ? ` FILTER (WHERE ${condition})` : ''}, 0)::int`,
    };
  }
  if (prefer === 'auto' && wholeMonths) {
    return {
      table: rollupTable(measure.dataset), dateColumn: 'month', fromRollup: true,
      count: (condition) => `coalesce(sum(n)${condition ? ` FILTER (WHERE ${condition})` : ''}, 0)::int`,
    };
  }
  return {
    table: DATASETS[measure.dataset].table, dateColumn: 'date', fromRollup: false,
    count: (condition) => `count(*)${condition ? ` FILTER (WHERE ${condition})` : ''}::int`,
  };
}
