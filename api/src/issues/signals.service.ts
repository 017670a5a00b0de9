import { In, type EntityManager } from 'typeorm';
import { DATASETS, type Dimension } from '../datasets/dataset-catalogue';
import { knownCodes, resolveFigureQuery } from '../figures/figure-query';
import { computeFigures, type FigureRowData } from '../figures/figures.service';
import { datasetCoverage } from '../figures/dataset-collection';
import { periodsBetween } from '../shared/financial-periods';
import { UNKNOWN_WARD } from '../measures/dimension-labels';
import { findMeasure, MEASURES, type MeasureDefinition } from '../measures/measure-catalogue';
import { toMeasure } from '../measures/measures.service';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { badUserInput } from '../shared/errors';
import { today as clockToday } from '../config';
import { breakMonths, defaultChartRange, type DateRange } from '../spc/monthly-series';
import { breaksOf } from '../spc/series-breaks.service';
import type { MonthlyValue } from '../spc/spc.types';
import { xmrChart } from '../spc/xmr-chart';
import { EmergingIssue } from './emerging-issue.entity';
import { requireIssue } from './emerging-issues.service';
import { SignalLink } from './signal-link.entity';
import { latestSignal } from './signal-score';
import type { Signal } from './signal.type';

/** The breakdowns searched for signals: where a concern is specific enough to act on. */
export const SIGNAL_DIMENSIONS: readonly Dimension[] = ['STRAND', 'WARD'];
export const DEFAULT_SIGNAL_LIMIT = 20;
export const MAX_SIGNAL_LIMIT = 100;

export function signalId(measure: string, dimension: Dimension, code: string): string {
  return `${measure}|${dimension}|${code}`;
}

function hasDimension(measure: MeasureDefinition, dimension: Dimension): boolean {
  return dimension in DATASETS[measure.dataset].dimensions;
}

/**
 * One series per code, over every month of the range the code existed in (a ward: its boundaries'
 * lifetime); counts read a quiet month as 0, rates leave it out (nothing to divide).
 */
function seriesByCode(rows: readonly FigureRowData[], range: DateRange, measure: MeasureDefinition, existed: (code: string, month: string) => boolean): Map<string, { label: string; series: MonthlyValue[] }> {
  const values = new Map<string, { label: string; byMonth: Map<string, number> }>();
  for (const row of rows) {
    const [key] = row.key;
    if (!row.period || row.value === null || key.code === UNKNOWN_WARD) continue; // no ward is no place to act on
    const entry = values.get(key.code) ?? { label: key.label, byMonth: new Map() };
    entry.byMonth.set(row.period.label, row.value);
    values.set(key.code, entry);
  }
  const months = periodsBetween('MONTH', range.from, range.to).map((p) => p.label);
  return new Map([...values].map(([code, { label, byMonth }]) => [code, {
    label,
    series: months.filter((period) => existed(code, period)).flatMap((period) => {
      const value = byMonth.get(period) ?? (measure.numerator ? undefined : 0);
      return value === undefined ? [] : [{ period, value }];
    }),
  }]));
}

/**
 * The signals of one measure by one dimension, from ONE grouped figures query over the default
 * chart range (from when the dataset was collected, to the last full month with data): a month
 * before collection began is no quiet month to compare with.
 */
async function signalsOf(manager: EntityManager, reference: ReferenceCatalogue, measure: MeasureDefinition, dimension: Dimension, today: string): Promise<Signal[]> {
  const range = defaultChartRange(await datasetCoverage(manager, measure.dataset), today);
  if (!range) return [];
  const query = resolveFigureQuery({ measure: measure.id, ...range, granularity: 'MONTH', groupBy: [dimension] }, reference);
  const { rows } = await computeFigures(manager, query, reference);
  const breaks = breakMonths(await breaksOf(manager, measure.id));
  const signals: Signal[] = [];
  // A ward abolished at a boundary review is no place to act on, and its months since are no quiet months.
  const ward = (code: string) => (dimension === 'WARD' ? reference.wards.get(code) : undefined);
  const existed = (code: string, month: string) => {
    const lifetime = ward(code);
    return !lifetime || (lifetime.validFrom <= `${month}-31` && (lifetime.validTo === null || lifetime.validTo >= `${month}-01`));
  };
  for (const [code, { label, series }] of seriesByCode(rows, range, measure, existed)) {
    if (!existed(code, range.to.slice(0, 7))) continue;
    const seriesLabel = `${measure.label} (${label})`;
    const finding = latestSignal(xmrChart(series, { polarity: measure.polarity, breaks, label: seriesLabel }), measure.polarity, seriesLabel);
    if (!finding) continue;
    const { period, ...rest } = finding;
    signals.push({ id: signalId(measure.id, dimension, code), measure: toMeasure(measure), dimension, code, label, latestPeriod: period, ...rest, linkedIssue: null });
  }
  return signals;
}

/** Fills in linkedIssue from the stored links, in two queries whatever the number of signals. */
async function withLinkedIssues(manager: EntityManager, signals: Signal[]): Promise<Signal[]> {
  if (signals.length === 0) return signals;
  const links = await manager.getRepository(SignalLink).findBy({ signalId: In(signals.map((s) => s.id)) });
  const issues = links.length
    ? await manager.getRepository(EmergingIssue).find({ where: { id: In(links.map((l) => l.issueId)) }, relations: { updates: true } })
    : [];
  const issueOf = new Map(links.map((l) => [l.signalId, issues.find((i) => i.id === l.issueId) ?? null]));
  return signals.map((s) => ({ ...s, linkedIssue: issueOf.get(s.id) ?? null }));
}

/**
 * Every measure × strand and measure × ward series (for the dimensions each measure has) whose
 * last three months show special cause, highest score first (ties by id), at most `limit`.
 */
export async function findSignals(manager: EntityManager, reference: ReferenceCatalogue, limit: number | null | undefined, today = clockToday()): Promise<Signal[]> {
  const wanted = limit ?? DEFAULT_SIGNAL_LIMIT;
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > MAX_SIGNAL_LIMIT) {
    throw badUserInput('limit', `must be a whole number from 1 to ${MAX_SIGNAL_LIMIT}; got ${wanted}`);
  }
  const signals: Signal[] = [];
  for (const measure of MEASURES) {
    for (const dimension of SIGNAL_DIMENSIONS) {
      if (hasDimension(measure, dimension)) signals.push(...(await signalsOf(manager, reference, measure, dimension, today)));
    }
  }
  signals.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return withLinkedIssues(manager, signals.slice(0, wanted));
}

const SIGNAL_ID_FORMAT = 'signal ids are written "<measure>|<dimension>|<code>", e.g. "gaia.referrals|STRAND|trafficking"';

/** A signal id's parts, each checked: a known measure, a dimension it has (STRAND or WARD), a known code. */
export function parseSignalId(id: string, reference: ReferenceCatalogue): { measure: MeasureDefinition; dimension: Dimension; code: string } {
  const [measureId, dimension, code, ...rest] = id.split('|');
  const measure = findMeasure(measureId ?? '');
  if (!measure || code === undefined || rest.length) throw badUserInput('signalId', `"${id}" is not a signal id; ${SIGNAL_ID_FORMAT}`);
  const dim = SIGNAL_DIMENSIONS.find((d) => d === dimension);
  if (!dim || !hasDimension(measure, dim)) {
    const options = SIGNAL_DIMENSIONS.filter((d) => hasDimension(measure, d));
    throw badUserInput('signalId', `${measure.id} has no signals by ${dimension}; ${options.length ? `it has them by ${options.join(', ')}` : 'it has none'}`);
  }
  if (code === UNKNOWN_WARD || !knownCodes(dim, reference).includes(code)) throw badUserInput('signalId', `"${code}" is not a known ${dim === 'WARD' ? 'ward' : 'strand'} code`);
  return { measure, dimension: dim, code };
}

/**
 * Files a signal under a register entry (replacing any earlier link). Only a live signal can be
 * linked: one whose series shows special cause in its last three months.
 */
export async function linkSignalToIssue(manager: EntityManager, reference: ReferenceCatalogue, id: string, issueId: string, linkedBy: string, today = clockToday()): Promise<Signal> {
  const { measure, dimension } = parseSignalId(id, reference);
  const issue = await requireIssue(manager, 'issueId', issueId);
  const signal = (await signalsOf(manager, reference, measure, dimension, today)).find((s) => s.id === id);
  if (!signal) throw badUserInput('signalId', `${id} shows no special-cause variation in its last three months, so there is no signal to link`);
  await manager.getRepository(SignalLink).save({ signalId: id, issueId: issue.id, linkedBy });
  return { ...signal, linkedIssue: issue };
}

/**
 * Takes a signal out of the register entry it is filed under, and returns that entry. The signal
 * need not be live any more: a link outlives the months that raised it.
 */
export async function unlinkSignal(manager: EntityManager, id: string): Promise<EmergingIssue> {
  const link = await manager.getRepository(SignalLink).findOneBy({ signalId: id });
  if (!link) throw badUserInput('signalId', `${id} is not filed under any emerging issue, so there is no link to remove`);
  await manager.getRepository(SignalLink).delete({ signalId: id });
  return requireIssue(manager, 'signalId', String(link.issueId));
}

/** The ids of the signals filed under an issue, oldest link first (live or not). */
export async function signalsFiledUnder(manager: EntityManager, issueId: number): Promise<string[]> {
  const links = await manager.getRepository(SignalLink).find({ where: { issueId }, order: { linkedAt: 'ASC', signalId: 'ASC' } });
  return links.map((link) => link.signalId);
}
