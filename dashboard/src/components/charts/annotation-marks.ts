// Where a time chart's events go: timeline events, analysts' notes and series breaks, numbered in
// date order and gathered into one vertical line per period on the chart. Every time chart draws
// them with annotation-lines.tsx and lists them with annotation-list.tsx, so the two never disagree.
import type { IsoDate } from '../../graphql/schema-types';
import { financialYearRange, isFinancialYear, monthRange, quarterRange } from '../../lib/financial-periods';

/** A dated event as the API's `annotations` gives it. */
export interface ChartAnnotation {
  id: string;
  date: IsoDate;
  /** strategy | service | campaign (timeline events) or note (an analyst's). */
  kind: string;
  title: string;
}

/** Something to mark on a chart: an annotation, or a break in an SPC series. */
export interface DatedMark {
  date: IsoDate;
  title: string;
  /** Where it comes from, in words: "timeline: service", "analyst’s note", "series break". */
  source: string;
  isBreak?: boolean;
}

/** One category of the chart's x axis and the days it covers (inclusive). */
export interface ChartPeriod {
  /** The x value as the chart draws it, e.g. "2012/13 Q1", "Q1" or "2012-04". */
  key: string;
  from: IsoDate;
  to: IsoDate;
}

/** A vertical line at a period; its label lists the numbers of the events it marks, e.g. "2" or "4, 5". */
export interface ChartMarker {
  key: string;
  label: string;
  kind: 'event' | 'break';
}

/** One entry of the list beneath the chart, keyed by its number to the chart's lines. */
export interface ChartMarkerNote {
  label: string;
  date: IsoDate;
  title: string;
  source: string;
}

/** What a chart draws and lists. */
export interface AnnotationLayer {
  markers: readonly ChartMarker[];
  notes: readonly ChartMarkerNote[];
}

/** Quarters written "2012/13 Q1", keyed as the chart's x axis writes them (by default the same). */
export function quarterPeriods(labels: readonly string[], keyOf: (label: string) => string = (label) => label): ChartPeriod[] {
  return labels.flatMap((label) => {
    const range = quarterRange(label);
    return range ? [{ key: keyOf(label), ...range }] : [];
  });
}

/** Financial years written "2012/13", as year-by-year series key them. */
export function financialYearPeriods(labels: readonly string[]): ChartPeriod[] {
  return labels.filter(isFinancialYear).map((label) => ({ key: label, ...financialYearRange(label) }));
}

/** Months written "2012-04", as SPC charts and sparklines key them. */
export function monthPeriods(months: readonly string[]): ChartPeriod[] {
  return months.flatMap((month) => {
    const range = monthRange(month);
    return range ? [{ key: month, ...range }] : [];
  });
}

export const NO_ANNOTATIONS: AnnotationLayer = { markers: [], notes: [] };

export const NOTE_KIND = 'note';

/** "timeline: service" or "analyst’s note". */
export function annotationSource(kind: string): string {
  return kind === NOTE_KIND ? 'analyst’s note' : `timeline: ${kind}`;
}

export function annotationMarks(annotations: readonly ChartAnnotation[]): DatedMark[] {
  return annotations.map((annotation) => ({ date: annotation.date, title: annotation.title, source: annotationSource(annotation.kind) }));
}

/**
 * Numbers the marks that fall in one of the chart's periods, in date order (a stable sort keeps
 * the API's order on one day), and gathers them into one marker per period. Marks outside every
 * period are left out of both the drawing and the list.
 */
export function placeMarks(marks: readonly DatedMark[], periods: readonly ChartPeriod[]): AnnotationLayer {
  const periodOf = (date: IsoDate) => periods.find((period) => period.from <= date && date <= period.to);
  const placed = marks
    .map((mark) => ({ mark, period: periodOf(mark.date) }))
    .filter((entry): entry is { mark: DatedMark; period: ChartPeriod } => entry.period !== undefined)
    .sort((a, b) => a.mark.date.localeCompare(b.mark.date));

  const byPeriod = new Map<string, ChartMarker>();
  const notes = placed.map(({ mark, period }, index) => {
    const label = String(index + 1);
    const marker = byPeriod.get(period.key);
    if (marker) {
      marker.label = `${marker.label}, ${label}`;
      if (mark.isBreak) marker.kind = 'break';
    } else {
      byPeriod.set(period.key, { key: period.key, label, kind: mark.isBreak ? 'break' : 'event' });
    }
    return { label, date: mark.date, title: mark.title, source: mark.source };
  });
  return { markers: [...byPeriod.values()], notes };
}

/** The timeline's events and analysts' notes on a chart of these periods. */
export function placeAnnotations(annotations: readonly ChartAnnotation[], periods: readonly ChartPeriod[]): AnnotationLayer {
  return placeMarks(annotationMarks(annotations), periods);
}
