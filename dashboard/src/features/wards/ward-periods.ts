// Which years a ward has figures for (a ward exists between two boundary changes: lib/period-cells.ts
// words the periods outside them), and what the ward pages show first.
import type { DataCoverage } from '../../graphql/data-coverage';
import type { IsoDate } from '../../graphql/schema-types';
import type { Ward } from '../../graphql/wards';
import { NOT_COLLECTED, notCollectedNote, openingQuarter, type Collection } from '../../lib/coverage-periods';
import { financialYearRange } from '../../lib/financial-periods';
import { formatDate } from '../../lib/format';
import { WARD_ENDED, WARD_NOT_YET, wardAbsence } from '../../lib/period-cells';

/** Gaia Centre referrals: the measure a briefing leads with and breaks down by strand. */
export const HEADLINE_MEASURE = 'gaia.referrals';

export const DEFAULT_MEASURE = HEADLINE_MEASURE;


/** The years the data covers in which the ward existed, for all or part of the year. */
export function wardYears(ward: Pick<Ward, 'validFrom' | 'validTo'>, coverage: Pick<DataCoverage, 'financialYears'>): string[] {
  return coverage.financialYears.filter((year) => wardAbsence(ward, financialYearRange(year)) === undefined);
}

/**
 * The year a ward's page opens on: the year of the last complete quarter if the ward existed then,
 * else the last year it existed for the whole of (a ward abolished in May shows its last full year).
 */
export function wardOpeningYear(ward: Pick<Ward, 'validFrom' | 'validTo'>, coverage: DataCoverage): string | undefined {
  const years = wardYears(ward, coverage);
  const opening = openingQuarter(coverage).financialYear;
  if (years.includes(opening)) return opening;
  const whole = years.filter((year) => {
    const range = financialYearRange(year);
    return ward.validFrom <= range.from && (ward.validTo === null || range.to <= ward.validTo);
  });
  return whole.at(-1) ?? years.at(-1);
}

/** The day whose wards the map shows for a year: its last day, or today while the year runs. */
export function mapDay(financialYear: string, today: IsoDate): IsoDate {
  const end = financialYearRange(financialYear).to;
  return end < today ? end : today;
}

/** The wards' first day within a year, when their boundaries came in during it (5 May 2022 in 2022/23). */
export function boundaryChangeWithin(wards: readonly Pick<Ward, 'validFrom'>[], financialYear: string): IsoDate | undefined {
  const range = financialYearRange(financialYear);
  return wards.map((ward) => ward.validFrom).find((from) => from > range.from && from <= range.to);
}

/** What a ward chart's gaps mean, for its key: before the ward was created, after it was abolished, before collection began. */
export function wardGapMeanings(ward: Pick<Ward, 'name' | 'validFrom' | 'validTo'>, collection: Collection): Record<string, string> {
  return {
    [WARD_NOT_YET]: `${ward.name} was created on ${formatDate(ward.validFrom)}, when Lambeth’s ward boundaries changed, so nothing was counted in it before then.`,
    [WARD_ENDED]: `${ward.name} was abolished after ${formatDate(ward.validTo ?? '')}, when Lambeth’s ward boundaries changed.`,
    [NOT_COLLECTED]: notCollectedNote(collection),
  };
}
