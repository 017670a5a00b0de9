import type { EntityManager } from 'typeorm';
import { listAnnotations } from '../annotations/annotations.service';
import { resolveFigureQuery } from '../figures/figure-query';
import { computeFigures } from '../figures/figures.service';
import { financialYearOf, type PeriodRange } from '../shared/financial-periods';
import { collectedPart } from '../figures/not-collected';
import { datasetCoverage } from '../figures/dataset-collection';
import { today as clockToday } from '../config';
import type { MeasureDefinition } from '../measures/measure-catalogue';
import { toMeasure } from '../measures/measures.service';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { withArgumentNames } from '../shared/argument-validation';
import { Target } from '../targets/target.entity';
import { monthlyTarget } from '../targets/target-values';
import { breakMonths, defaultChartRange, toMonthlyValues, wholeMonths, type DateRange } from '../spc/monthly-series';
import { breaksOf } from '../spc/series-breaks.service';
import type { SpcChart } from './spc-chart.type';
import type { MonthlyValue } from '../spc/spc.types';
import { xmrChart } from '../spc/xmr-chart';

export interface SpcChartRequest {
  measure: string;
  strand?: string | null;
  ward?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The figures planner's filter for one strand and/or one ward. */
function filterOf(request: SpcChartRequest) {
  return { strand: request.strand != null ? [request.strand] : null, ward: request.ward != null ? [request.ward] : null };
}

/** A name for the series in prose, e.g. "Gaia Centre referrals (Trafficking)". */
function seriesLabel(measure: MeasureDefinition, request: SpcChartRequest, reference: ReferenceCatalogue): string {
  const parts = [
    request.strand != null ? reference.strands.get(request.strand)?.label : undefined,
    request.ward != null ? reference.wards.get(request.ward)?.name ?? request.ward : undefined,
  ].filter((part) => part !== undefined);
  return parts.length ? `${measure.label} (${parts.join(', ')})` : measure.label;
}

/**
 * The monthly target for assurance: the whole measure's target of the latest month's financial
 * year, when its polarity is the measure's own. A strand or ward has no target of its own.
 */
async function assuranceTarget(manager: EntityManager, measure: MeasureDefinition, request: SpcChartRequest, series: MonthlyValue[]): Promise<number | null> {
  const latest = series[series.length - 1];
  if (!latest || request.strand != null || request.ward != null) return null;
  const target = await manager.getRepository(Target).findOneBy({ measure: measure.id, financialYear: financialYearOf(`${latest.period}-01`) });
  return target && target.polarity === measure.polarity ? monthlyTarget(target, measure, latest.period) : null;
}

interface ChartRange {
  /** Whole months, from when the dataset was collected; null when there is nothing to chart. */
  range: DateRange | null;
  /** Months asked for before the dataset was collected: not charted (a 0 would read as a quiet month). */
  notCollected: PeriodRange[];
  collectedFrom: string | null;
}

/**
 * The range charted: whole months from `from` to `to`; where either is absent, the default of
 * defaultChartRange (from when the dataset was collected, to the last full month with data).
 * Months asked for before collection began are set apart; a range wholly before it is refused.
 */
async function chartRange(manager: EntityManager, measure: MeasureDefinition, request: SpcChartRequest, today: string): Promise<ChartRange> {
  const coverage = await datasetCoverage(manager, measure.dataset);
  const defaults = request.from == null || request.to == null ? defaultChartRange(coverage, today) : null;
  const to = request.to ?? defaults?.to;
  const from = request.from ?? (defaults && to && defaults.from <= to ? defaults.from : to);
  if (!from || !to || to < from) return { range: null, notCollected: [], collectedFrom: coverage.collection.collectedFrom };
  const asked = { measure, granularity: 'MONTH' as const, ...wholeMonths({ from, to }) };
  const { query, notCollected, collectedFrom } = collectedPart(asked, coverage.collection, request.from != null ? 'from' : 'to');
  return { range: { from: query.from, to: query.to }, notCollected, collectedFrom };
}

/**
 * An SPC (XmR) chart of a measure's monthly series, for the whole borough or one strand or ward.
 * Arguments are checked by the figures planner (known measure, real dates, a breakdown the
 * measure has, a known code); the series comes from computeFigures, so it matches `figures`.
 */
export async function buildSpcChart(manager: EntityManager, reference: ReferenceCatalogue, request: SpcChartRequest, today = clockToday()): Promise<SpcChart> {
  const check = (range: { from?: string | null; to?: string | null }) =>
    withArgumentNames({ 'filter.strand': 'strand', 'filter.ward': 'ward' }, () =>
      resolveFigureQuery({ measure: request.measure, ...range, granularity: 'MONTH', filter: filterOf(request) }, reference));
  const { measure } = check({ from: request.from, to: request.to });

  const { range, notCollected, collectedFrom } = await chartRange(manager, measure, request, today);
  const rows = range ? (await computeFigures(manager, check(range), reference)).rows : [];
  const series = toMonthlyValues(rows);
  const breaks = await breaksOf(manager, measure.id);
  const chart = xmrChart(series, {
    polarity: measure.polarity,
    breaks: breakMonths(breaks),
    target: await assuranceTarget(manager, measure, request, series),
    label: seriesLabel(measure, request, reference),
  });
  const within = (date: string) => range !== null && date >= range.from && date <= range.to;
  return {
    measure: toMeasure(measure),
    strand: request.strand ?? null,
    ward: request.ward ?? null,
    points: chart.points,
    variation: chart.variation,
    assurance: chart.assurance,
    summary: chart.summary,
    notCollected,
    collectedFrom,
    breaks: breaks.filter((b) => within(b.startsOn)),
    annotations: range ? await listAnnotations(manager, range) : [],
  };
}
