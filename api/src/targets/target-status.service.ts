import type { EntityManager } from 'typeorm';
import { resolveFigureQuery, type FigureQuery } from '../figures/figure-query';
import { collectedRange, notCollectedInWords } from '../figures/not-collected';
import { computeFiguresTogether, type FigureResultData, type FigureRowData } from '../figures/figures.service';
import { financialYearInWords, type PeriodRange } from '../shared/financial-periods';
import { findMeasure, type MeasureDefinition } from '../measures/measure-catalogue';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { requireFinancialYear, requireQuarter } from '../shared/argument-validation';
import { addDays, addMonths } from '../shared/dates';
import { breakMonths, toMonthlyValues, type DateRange } from '../spc/monthly-series';
import { datasetCollections, type DatasetCollection } from '../figures/dataset-collection';
import type { SeriesBreak } from '../spc/series-break.entity';
import { breaksByMeasure } from '../spc/series-breaks.service';
import { xmrChart } from '../spc/xmr-chart';
import { ragStatus } from './rag-status';
import type { Target } from './target.entity';
import type { TargetStatus, TargetView } from './target.type';
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

export interface TargetReviewData {
  financialYear: string;
  quarter: number;
  hasTargets: boolean;
  /** One per target whose measure was collected in the year to date. */
  statuses: TargetStatus[];
  /** Targets whose measure was not collected at all in the year to date: no status, as there is no figure. */
  notCollected: TargetView[];
  /** Plain English when the review has something to say before any row: no targets, or targets without figures. */
  message: string | null;
}

/**
 * The quarterly review of a financial year at the end of a quarter: a row for each target, and
 * plainly said when the year has no targets. Every figure is counted as `figures` counts it (all of
 * them in one statement, by computeFiguresTogether); run it inside withRowScope. Any well-formed year
 * can be reviewed.
 */
export async function targetReview(manager: EntityManager, reference: ReferenceCatalogue, financialYear: string, quarter: number): Promise<TargetReviewData> {
  const year = requireFinancialYear('financialYear', financialYear);
  requireQuarter('quarter', quarter);
  const targets = await listTargets(manager, financialYear);
  // Asked once for the whole review, not once per target: the review is a dozen rows on one connection.
  const context = { breaks: await breaksByMeasure(manager), collections: await datasetCollections(manager) };
  const periods = statusPeriods(year, quarter);
  const notCollected: TargetView[] = [];
  const figures = new FiguresWanted(reference);
  const plans: StatusPlan[] = [];
  for (const target of targets) {
    const measure = findMeasure(target.measure) as MeasureDefinition;
    const { collectedFrom } = context.collections.get(measure.dataset) as DatasetCollection;
    if (collectedRange(periods.toDate, collectedFrom) === null) notCollected.push(toTargetView(target));
    else plans.push(planStatus(figures, target, measure, collectedFrom, periods));
  }
  // Every target's figures in one statement: a round trip each cost more than the rollup queries themselves.
  const answers = await computeFiguresTogether(manager, figures.queries, reference);
  const statuses = plans.map((plan) => statusOf(plan, answers, periods, year, quarter, context));
  return { financialYear: year.label, quarter, hasTargets: targets.length > 0, statuses, notCollected, message: reviewMessage(year.label, quarter, targets.length, notCollected, context.collections) };
}

/** What the review says before its rows, or null when the rows say it all. */
function reviewMessage(financialYear: string, quarter: number, targetCount: number, notCollected: TargetView[], collections: Map<string, DatasetCollection>): string | null {
  if (targetCount === 0) {
    return `No targets have been set for ${financialYearInWords(financialYear)}. The figures can still be reviewed; an analyst can set the year's targets (setTarget) once the partnership has agreed them.`;
  }
  if (notCollected.length === 0) return null;
  return notCollected.map((target) => {
    const measure = findMeasure(target.measure.id) as MeasureDefinition;
    const collection = collections.get(measure.dataset) as DatasetCollection & { collectedFrom: string };
    return `${measure.label}: no figure for ${financialYear} to the end of Q${quarter}, as ${notCollectedInWords(measure, collection)}.`;
  }).join(' ');
}

/** The statuses alone (Query.targetStatuses): targets not collected in the year to date have none. */
export async function targetStatuses(manager: EntityManager, reference: ReferenceCatalogue, financialYear: string, quarter: number): Promise<TargetStatus[]> {
  return (await targetReview(manager, reference, financialYear, quarter)).statuses;
}

interface ReviewContext {
  breaks: Map<string, SeriesBreak[]>;
  collections: Map<string, DatasetCollection>;
}

/** The sum of a count measure's months within a range: exact, as every record falls in one month. */
const sumOfMonths = (rows: readonly FigureRowData[], range: DateRange): number =>
  rows.reduce((sum, row) => (row.period && row.period.start >= range.from && row.period.start <= range.to ? sum + (row.value ?? 0) : sum), 0);

/** The figures of a review, gathered to be asked together: each is known by its place in the list. */
class FiguresWanted {
  readonly queries: FigureQuery[] = [];

  constructor(private readonly reference: ReferenceCatalogue) {}

  /** Only what was collected is counted: a range wholly before the dataset began has no figure (null), not 0. */
  add(measure: MeasureDefinition, range: DateRange, collectedFrom: string | null, granularity: 'MONTH' | null = null): number | null {
    const collected = collectedRange(range, collectedFrom);
    if (!collected) return null;
    this.queries.push(resolveFigureQuery({ measure: measure.id, ...collected, granularity }, this.reference));
    return this.queries.length - 1;
  }
}

/** What a target's status is made from: the places of its figures among the review's answers. */
interface StatusPlan {
  target: Target;
  measure: MeasureDefinition;
  /** Whether last year's months were collected: before collection began there is nothing to compare with. */
  recorded: boolean;
  /** Where among the review's answers: the monthly series, and a rate's year to date and last year, asked as wholes (a rate is not the sum of its months). */
  monthlyAt: number | null;
  toDateAt: number | null;
  lastYearAt: number | null;
}

type StatusPeriods = ReturnType<typeof statusPeriods>;

function planStatus(figures: FiguresWanted, target: Target, measure: MeasureDefinition, collectedFrom: string | null, periods: StatusPeriods): StatusPlan {
  const recorded = collectedRange(periods.lastYear, collectedFrom) !== null;
  return {
    target, measure, recorded,
    // From April of the previous year (or when collection began), quiet months as 0; a recorded break starts a new baseline.
    monthlyAt: figures.add(measure, periods.sparkline, collectedFrom, 'MONTH'),
    toDateAt: measure.additive ? null : figures.add(measure, periods.toDate, collectedFrom),
    lastYearAt: measure.additive || !recorded ? null : figures.add(measure, periods.lastYear, collectedFrom),
  };
}

function statusOf(plan: StatusPlan, answers: readonly FigureResultData[], periods: StatusPeriods, year: PeriodRange, quarter: number, context: ReviewContext): TargetStatus {
  const { target, measure, recorded } = plan;
  const answer = (index: number | null) => (index === null ? null : answers[index]);
  const monthly = answer(plan.monthlyAt)?.rows ?? [];
  // A count's year to date is the sum of its months; a rate is not, so it is asked for as a whole.
  const actualToDate = measure.additive ? sumOfMonths(monthly, periods.toDate) : answer(plan.toDateAt)?.total ?? 0;
  const samePeriodLastYear = !recorded ? null
    : measure.additive ? sumOfMonths(monthly, periods.lastYear) : answer(plan.lastYearAt)?.total ?? 0;

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
