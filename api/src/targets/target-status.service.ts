import type { EntityManager } from 'typeorm';
import { resolveFigureQuery } from '../figures/figure-query';
import { computeFigures, type FigureRowData } from '../figures/figures.service';
import type { PeriodRange } from '../figures/financial-periods';
import { findMeasure, type MeasureDefinition } from '../measures/measure-catalogue';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { requireFinancialYear, requireQuarter } from '../review/review-arguments';
import { addDays, addMonths } from '../shared/dates';
import { breakMonths, recordsCoverage, toMonthlyValues, type DateRange, type RecordsCoverage } from '../spc/monthly-series';
import type { SeriesBreak } from '../spc/series-break.entity';
import { breaksByMeasure } from '../spc/series-breaks.service';
import { xmrChart } from '../spc/xmr-chart';
import { ragStatus } from './rag-status';
import type { Target } from './target.entity';
import type { TargetStatus } from './target.type';
import { changeOnLastYear, percentOfTarget, yearEndForecast } from './target-progress';
import { targetStatusSummary } from './target-status-summary';
import { isLevelTarget, monthlyTarget, targetToDate } from './target-values';
import { listTargets, toTargetView } from './targets.service';

/** The months a status looks at: this year to date, the same months a year earlier, and the sparkline's span. */
export function statusPeriods(year: PeriodRange, quarter: number): { toDate: DateRange; lastYear: DateRange; sparkline: DateRange } {
  const toDate = { from: year.start, to: addDays(addMonths(year.start, 3 * quarter), -1) };
  const lastYear = { from: addMonths(toDate.from, -12), to: addDays(addMonths(year.start, 3 * quarter - 12), -1) };
  return { toDate, lastYear, sparkline: { from: lastYear.from, to: toDate.to } };
}

/**
 * The quarterly review's row for each target of a financial year, at the end of a quarter. Every
 * figure comes from computeFigures (so it matches `figures`); run it inside withRowScope.
 */
export async function targetStatuses(manager: EntityManager, reference: ReferenceCatalogue, financialYear: string, quarter: number): Promise<TargetStatus[]> {
  const year = requireFinancialYear('financialYear', financialYear);
  requireQuarter('quarter', quarter);
  const targets = await listTargets(manager, financialYear);
  // Asked once for the whole review, not once per target: the review is a dozen rows on one connection.
  const breaks = await breaksByMeasure(manager);
  const coverage = new Map<string, Promise<RecordsCoverage>>();
  const coverageOf = (measure: MeasureDefinition) => {
    if (!coverage.has(measure.dataset)) coverage.set(measure.dataset, recordsCoverage(manager, measure));
    return coverage.get(measure.dataset) as Promise<RecordsCoverage>;
  };
  const statuses: TargetStatus[] = [];
  for (const target of targets) statuses.push(await statusOf(manager, reference, target, year, quarter, { breaks, coverageOf }));
  return statuses;
}

interface ReviewContext {
  breaks: Map<string, SeriesBreak[]>;
  coverageOf(measure: MeasureDefinition): Promise<RecordsCoverage>;
}

/** The sum of a count measure's months within a range: exact, as every record falls in one month. */
const sumOfMonths = (rows: readonly FigureRowData[], range: DateRange): number =>
  rows.reduce((sum, row) => (row.period && row.period.start >= range.from && row.period.start <= range.to ? sum + (row.value ?? 0) : sum), 0);

async function statusOf(
  manager: EntityManager, reference: ReferenceCatalogue, target: Target, year: PeriodRange, quarter: number, context: ReviewContext,
): Promise<TargetStatus> {
  const measure = findMeasure(target.measure) as MeasureDefinition;
  const figures = (range: DateRange, granularity: 'MONTH' | null = null) =>
    computeFigures(manager, resolveFigureQuery({ measure: measure.id, ...range, granularity }, reference), reference);
  const periods = statusPeriods(year, quarter);
  const coverage = await context.coverageOf(measure);
  // Before records began there is nothing to compare with: null, not a misleading zero.
  const recorded = coverage.first !== null && coverage.first <= periods.lastYear.to;

  // From April of the previous year, zeros included; a recorded break (the Gaia Centre opening) starts a new baseline.
  const monthly = (await figures(periods.sparkline, 'MONTH')).rows;
  // A count's year to date is the sum of its months; a rate is not, so it is asked for as a whole.
  const actualToDate = measure.additive ? sumOfMonths(monthly, periods.toDate) : (await figures(periods.toDate)).total ?? 0;
  const samePeriodLastYear = !recorded ? null
    : measure.additive ? sumOfMonths(monthly, periods.lastYear) : (await figures(periods.lastYear)).total ?? 0;

  const series = toMonthlyValues(monthly);
  const lastMonth = periods.toDate.to.slice(0, 7);
  const chart = xmrChart(series, {
    polarity: target.polarity,
    breaks: breakMonths(context.breaks.get(measure.id) ?? []),
    target: monthlyTarget(target, measure, lastMonth),
    label: measure.label,
  });

  const toDate = targetToDate(target, measure, quarter);
  const percent = toDate === null ? null : percentOfTarget(actualToDate, toDate);
  const ragInput = { actualToDate, targetToDate: toDate, tolerance: target.tolerance, polarity: target.polarity };
  const rag = ragStatus({ ...ragInput, samePeriodLastYear });
  const change = samePeriodLastYear === null ? null : changeOnLastYear(actualToDate, samePeriodLastYear);
  const summary = targetStatusSummary({
    label: measure.label, unit: measure.unit, financialYear: year.label, quarter, actualToDate, targetToDate: toDate,
    percentOfTarget: percent, tolerance: target.tolerance, rag, withinTolerance: ragStatus(ragInput) === 'AMBER',
    samePeriodLastYear, changeOnLastYear: change,
  });
  return {
    target: toTargetView(target),
    financialYear: year.label,
    quarter,
    actualToDate,
    targetToDate: toDate,
    percentOfTarget: percent,
    rag,
    samePeriodLastYear,
    changeOnLastYear: change,
    // A rate's run rate is the rate so far; counts carry the months so far to twelve.
    yearEndForecast: isLevelTarget(measure) ? actualToDate : yearEndForecast(actualToDate, 3 * quarter),
    variation: chart.variation,
    assurance: chart.assurance,
    sparkline: chart.points,
    summary,
  };
}
