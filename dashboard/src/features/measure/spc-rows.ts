// The SPC chart's figures as the page shows them: one row per month for the chart, the table and
// the CSV file alike, and the numbered events for the chart's vertical lines.
import { annotationMarks, monthPeriods, placeMarks, type AnnotationLayer } from '../../components/charts/annotation-marks';
import type { SpcTableRow } from '../../components/charts/spc-chart-with-table';
import type { SpcPointKind } from '../../components/charts/spc-chart-types';
import type { Direction, Polarity, SpecialCauseRule } from '../../graphql/generated/graphql';
import { NOT_COLLECTED } from '../../lib/coverage-periods';
import type { CsvCell } from '../../lib/csv';
import { monthInWords } from '../../lib/financial-periods';
import type { AnnotationData, SeriesBreakData, SpcPointData, SpecialCause } from './graphql/types';

/**
 * Which way a point's special causes point. They disagree only when a trend runs against the
 * level (a fall while still above the upper limit); the level decides, as in the NHS tool.
 */
function causeDirection(causes: readonly SpecialCause[]): Direction | undefined {
  return (causes.find((cause) => cause.rule !== 'TREND') ?? causes[0])?.direction;
}

export function pointKind(causes: readonly SpecialCause[], polarity: Polarity): SpcPointKind {
  const direction = causeDirection(causes);
  if (!direction) return 'common';
  if (polarity === 'NO_TARGET') return 'neither';
  return (direction === 'HIGH') === (polarity === 'HIGHER_IS_BETTER') ? 'improvement' : 'concern';
}

const RULE_WORDS: Record<SpecialCauseRule, (high: boolean) => string> = {
  OUTSIDE_LIMITS: (high) => (high ? 'above the upper process limit' : 'below the lower process limit'),
  SHIFT: (high) => `one of 7 or more months in a row ${high ? 'above' : 'below'} the mean`,
  TREND: (high) => `one of 7 or more months in a row ${high ? 'rising' : 'falling'}`,
  TWO_OF_THREE: (high) => `2 of 3 months close to or beyond the ${high ? 'upper' : 'lower'} limit`,
};

const KIND_WORDS: Record<SpcPointKind, string> = {
  common: '',
  improvement: 'Improvement',
  concern: 'Concern',
  neither: 'Unusual',
};

/** "Improvement: above the upper process limit; one of 7 or more months in a row above the mean", or "". */
export function specialCauseInWords(causes: readonly SpecialCause[], polarity: Polarity): string {
  const kind = pointKind(causes, polarity);
  if (kind === 'common') return '';
  const reasons = causes.map((cause) => RULE_WORDS[cause.rule](cause.direction === 'HIGH'));
  return `${KIND_WORDS[kind]}: ${reasons.join('; ')}`;
}

export function spcTableRows(points: readonly SpcPointData[], polarity: Polarity): SpcTableRow[] {
  return points.map((point) => ({
    period: point.period,
    value: point.value,
    mean: point.mean,
    upperLimit: point.upperLimit,
    lowerLimit: point.lowerLimit,
    segment: point.segment,
    kind: pointKind(point.specialCauses, polarity),
    periodLabel: monthInWords(point.period),
    limitsLabel: point.limitsStatus === 'TRIAL' ? 'Trial' : 'Locked',
    specialCause: specialCauseInWords(point.specialCauses, polarity),
  }));
}

/** The months the API listed as before collection began: rows that say "not collected", never 0, and draw no point. */
export function notCollectedRows(months: readonly { label: string }[]): SpcTableRow[] {
  return months.map(({ label }) => ({
    period: label, value: null, mean: null, upperLimit: null, lowerLimit: null, segment: -1, kind: 'common',
    periodLabel: monthInWords(label), limitsLabel: '', specialCause: '', gap: NOT_COLLECTED,
  }));
}

/**
 * The chart's numbered lines and the list beneath it: the timeline's events, analysts' notes and
 * the series' breaks, in date order, on the months the chart shows.
 */
export function chartMarkers(annotations: readonly AnnotationData[], breaks: readonly SeriesBreakData[], periods: readonly string[]): AnnotationLayer {
  const breakMarks = breaks.map((b) => ({
    date: b.startsOn,
    title: `Break in the series: ${b.reason}. The mean and limits start again from here.`,
    source: 'series break',
    isBreak: true,
  }));
  return placeMarks([...annotationMarks(annotations), ...breakMarks], monthPeriods(periods));
}

export const SPC_CSV_HEADER = ['Month', 'Value', 'Mean', 'Lower process limit', 'Upper process limit', 'Limits', 'Special cause'] as const;

/** Two decimal places: enough to check a limit by hand, without floating-point noise. */
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** The table's rows for a CSV file: months as YYYY-MM and plain numbers, so spreadsheets can sort and sum them. */
export function spcCsvRows(rows: readonly SpcTableRow[]): CsvCell[][] {
  return rows.map((row) =>
    row.gap !== undefined
      ? [row.period, row.gap, null, null, null, '', '']
      : [row.period, rounded(row.value), rounded(row.mean), rounded(row.lowerLimit), rounded(row.upperLimit), row.limitsLabel, row.specialCause]);
}
