import { computeFigures } from '../figures/figures.service';
import { resolveFigureQuery } from '../figures/figure-query';
import { financialYearRange, parseFinancialYear, periodsBetween } from '../shared/financial-periods';
import { MEASURES, type MeasureDefinition } from '../measures/measure-catalogue';
import { loadReferenceCatalogue } from '../reference/reference-catalogue';
import { today } from '../config';
import { datasetCollections, type DatasetCollection } from '../figures/dataset-collection';
import { collectedRange } from '../figures/not-collected';
import { requireFinancialYear } from '../shared/argument-validation';
import { badUserInput } from '../shared/errors';
import type { Queryable } from '../shared/queryable';

export interface ReturnCellData {
  /** 1–4, or null for the whole financial year. */
  quarter: number | null;
  value: number | null;
  /** True for a quarter (or year) wholly before the dataset was collected: no value, never 0. */
  notCollected: boolean;
  published: boolean;
  publishedAt: Date | null;
  /** Who published the quarter; null while it is not published. */
  publishedBy: string | null;
}

export interface ReturnLineData {
  measure: MeasureDefinition;
  cells: ReturnCellData[];
}

export interface RevisionData {
  financialYear: string;
  quarter: number;
  measure: MeasureDefinition;
  /** Null when the figure had none before (a revision after one to no figure). */
  oldValue: number | null;
  /** Null when the records no longer give any figure (e.g. the dataset's only import was undone). */
  newValue: number | null;
  detectedAt: Date;
  /** The import batch whose records changed the figure; null when none is recorded. */
  batchId: number | null;
}

export interface QuarterlyReturnData {
  financialYear: string;
  lines: ReturnLineData[];
  revisions: RevisionData[];
}

interface PublishedRow {
  financial_year: string;
  quarter: number;
  measure: string;
  value: number;
  published_at: Date;
  published_by: string;
}

export function checkedFinancialYear(text: string): string {
  requireFinancialYear('financialYear', text);
  return text;
}

/** A live figure of the return; a quarter (or year) wholly before the dataset was collected has none. */
interface LiveValue {
  value: number | null;
  notCollected: boolean;
}

/** The return goes to funders: the operational group's own measures stay out of it. */
const RETURN_MEASURES = MEASURES.filter((m) => !m.operationalOnly);

const NOT_COLLECTED_CELL: LiveValue = { value: null, notCollected: true };

/** Live values of every headline measure by financial quarter, and for the year, from the records. */
async function liveValues(database: Queryable, financialYear: string): Promise<Map<string, LiveValue[]>> {
  const reference = await loadReferenceCatalogue(database);
  const collections = await datasetCollections(database);
  const values = new Map<string, LiveValue[]>();
  for (const measure of RETURN_MEASURES) {
    const asked = resolveFigureQuery({ measure: measure.id, financialYear, granularity: 'QUARTER' }, reference);
    const { collectedFrom } = collections.get(measure.dataset) as DatasetCollection;
    const collected = collectedRange(asked, collectedFrom);
    if (!collected) {
      values.set(measure.id, Array(5).fill(NOT_COLLECTED_CELL));
      continue;
    }
    const result = await computeFigures(database, collected, reference);
    // Before collection began a quarter is not collected; after it a quiet quarter is 0 (a rate with nothing to divide by has no value).
    const quarters = periodsBetween('QUARTER', asked.from, asked.to).map((period): LiveValue => {
      if (collectedFrom !== null && period.end < collectedFrom) return NOT_COLLECTED_CELL;
      const row = result.rows.find((r) => r.period?.start === period.start);
      return { value: row ? row.value : measure.numerator ? null : 0, notCollected: false };
    });
    const year = { value: measure.numerator && result.rows.length === 0 ? null : result.total, notCollected: false };
    values.set(measure.id, [...quarters, year]);
  }
  return values;
}

/**
 * The fixed-layout return funders receive: every headline measure by quarter and for the year.
 * Published quarters show their frozen value; the year column is always the live figure.
 */
export async function quarterlyReturn(database: Queryable, financialYear: string): Promise<QuarterlyReturnData> {
  checkedFinancialYear(financialYear);
  const live = await liveValues(database, financialYear);
  const published: PublishedRow[] = await database.query('SELECT financial_year, quarter, measure, value, published_at, published_by FROM published_figure WHERE financial_year = $1', [financialYear]);
  const frozen = new Map(published.map((p) => [`${p.measure}|${p.quarter}`, p]));
  const lines = RETURN_MEASURES.map((measure) => ({
    measure,
    cells: (live.get(measure.id) ?? []).map(({ value, notCollected }, index) => {
      const quarter = index < 4 ? index + 1 : null;
      const fixed = quarter ? frozen.get(`${measure.id}|${quarter}`) : undefined;
      return { quarter, value: fixed ? fixed.value : value, notCollected, published: Boolean(fixed), publishedAt: fixed?.published_at ?? null, publishedBy: fixed?.published_by ?? null };
    }),
  }));
  const revisionRows: { financial_year: string; quarter: number; measure: string; old_value: number | null; new_value: number | null; detected_at: Date; batch_id: number | null }[] = await database.query(
    'SELECT financial_year, quarter, measure, old_value, new_value, detected_at, batch_id FROM figure_revision WHERE financial_year = $1 ORDER BY id', [financialYear],
  );
  const revisions = revisionRows.map((r) => ({
    financialYear: r.financial_year, quarter: r.quarter, measure: MEASURES.find((m) => m.id === r.measure) as MeasureDefinition,
    oldValue: r.old_value, newValue: r.new_value, detectedAt: r.detected_at, batchId: r.batch_id,
  }));
  return { financialYear, lines, revisions };
}

/** Freezes a finished quarter's figures for every headline measure; a quarter is published once. */
export async function publishQuarter(database: Queryable, financialYear: string, quarter: number, publishedBy: string): Promise<void> {
  checkedFinancialYear(financialYear);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw badUserInput('quarter', `must be 1, 2, 3 or 4; got ${quarter}`);
  const start = financialYearRange(Number(financialYear.slice(0, 4))).start;
  const quarterEnd = new Date(`${start}T00:00:00Z`);
  quarterEnd.setUTCMonth(quarterEnd.getUTCMonth() + quarter * 3);
  quarterEnd.setUTCDate(0);
  if (quarterEnd.toISOString().slice(0, 10) >= today()) throw badUserInput('quarter', `${financialYear} Q${quarter} has not ended yet`);
  const [{ already }] = await database.query('SELECT count(*)::int AS already FROM published_figure WHERE financial_year = $1 AND quarter = $2', [financialYear, quarter]);
  if (already > 0) throw badUserInput('quarter', `${financialYear} Q${quarter} is already published; later changes show as revisions`);
  const live = await liveValues(database, financialYear);
  for (const [measure, values] of live) {
    const { value } = values[quarter - 1];
    if (value === null) continue; // not collected, or a rate with nothing to divide by: no figure to freeze
    await database.query('INSERT INTO published_figure (financial_year, quarter, measure, value, published_by) VALUES ($1, $2, $3, $4, $5)', [financialYear, quarter, measure, value, publishedBy]);
  }
}

/**
 * After an import, inside its transaction: every published figure whose records now say something
 * else gets a revision (old value, new value, when), once per change. A figure the records no longer
 * give (an undo took the dataset's only records) is a revision to NULL: published history never
 * changes without one.
 */
export async function recordRevisions(database: Queryable, batchId: number): Promise<number> {
  const years: { financial_year: string }[] = await database.query('SELECT DISTINCT financial_year FROM published_figure');
  let recorded = 0;
  for (const { financial_year: financialYear } of years) {
    const live = await liveValues(database, financialYear);
    // The latest revision's new value, NULL included ("no figure"), else the published one.
    const current: { quarter: number; measure: string; latest: number | null }[] = await database.query(
      `SELECT p.quarter, p.measure, CASE WHEN r.id IS NULL THEN p.value ELSE r.new_value END AS latest
       FROM published_figure p
       LEFT JOIN LATERAL (SELECT id, new_value FROM figure_revision r WHERE r.financial_year = p.financial_year AND r.quarter = p.quarter AND r.measure = p.measure ORDER BY r.id DESC LIMIT 1) r ON true
       WHERE p.financial_year = $1`,
      [financialYear],
    );
    for (const cell of current) {
      const measureValues = live.get(cell.measure);
      if (!measureValues) continue;
      const now = measureValues[cell.quarter - 1]?.value ?? null;
      if (now === cell.latest) continue;
      await database.query(
        'INSERT INTO figure_revision (financial_year, quarter, measure, old_value, new_value, batch_id) VALUES ($1, $2, $3, $4, $5, $6)',
        [financialYear, cell.quarter, cell.measure, cell.latest, now, batchId],
      );
      recorded += 1;
    }
  }
  return recorded;
}
