// The SPC chart's figures as the page shows them: one row per month for the chart, the table and
// the CSV file alike, and the numbered notes for the chart's vertical lines.
import type { SpcMarkerNote, SpcTableRow } from '../../components/charts/spc-chart-with-table';
import type { SpcChartMarker, SpcPointKind } from '../../components/charts/spc-chart-types';
import type { Direction, Polarity, SpecialCause, SpecialCauseRule } from '../../graphql/schema-types';
import type { CsvCell } from '../../lib/csv';
import { monthInWords, monthOf } from '../../lib/financial-periods';
import { formatDate } from '../../lib/format';
import type { AnnotationData, SeriesBreakData, SpcPointData } from './graphql/documents';

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

const ANNOTATION_KIND_WORDS: Record<string, string> = {
  strategy: 'strategy',
  service: 'service',
  campaign: 'campaign',
  note: 'analyst’s note',
};

interface Dated {
  date: string;
  text: string;
  isBreak: boolean;
}

/**
 * Numbers the annotations and breaks in date order, for a list beside the chart, and gathers them
 * into one vertical line per month (a line's label lists its numbers). Only months on the chart count.
 */
export function chartMarkers(
  annotations: readonly AnnotationData[],
  breaks: readonly SeriesBreakData[],
  periods: readonly string[],
): { markers: SpcChartMarker[]; notes: SpcMarkerNote[] } {
  const shown = new Set(periods);
  const dated: Dated[] = [
    ...annotations.map((a) => ({ date: a.date, text: `${a.title} (${ANNOTATION_KIND_WORDS[a.kind] ?? a.kind})`, isBreak: false })),
    ...breaks.map((b) => ({ date: b.startsOn, text: `Break in the series: ${b.reason}. The mean and limits start again from here.`, isBreak: true })),
  ]
    .filter((item) => shown.has(monthOf(item.date)))
    .sort((a, b) => a.date.localeCompare(b.date));

  const byMonth = new Map<string, SpcChartMarker>();
  const notes = dated.map((item, index) => {
    const label = String(index + 1);
    const period = monthOf(item.date);
    const marker = byMonth.get(period);
    if (marker) {
      marker.label = `${marker.label}, ${label}`;
      if (item.isBreak) marker.kind = 'break';
    } else {
      byMonth.set(period, { period, label, kind: item.isBreak ? 'break' : 'annotation' });
    }
    return { label, date: formatDate(item.date), text: item.text };
  });
  return { markers: [...byMonth.values()], notes };
}

export const SPC_CSV_HEADER = ['Month', 'Value', 'Mean', 'Lower process limit', 'Upper process limit', 'Limits', 'Special cause'] as const;

/** Two decimal places: enough to check a limit by hand, without floating-point noise. */
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** The table's rows for a CSV file: months as YYYY-MM and plain numbers, so spreadsheets can sort and sum them. */
export function spcCsvRows(rows: readonly SpcTableRow[]): CsvCell[][] {
  return rows.map((row) => [row.period, rounded(row.value), rounded(row.mean), rounded(row.lowerLimit), rounded(row.upperLimit), row.limitsLabel, row.specialCause]);
}
