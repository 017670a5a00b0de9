import { DATASET_NAMES, type DatasetName } from '../datasets/dataset-catalogue';
import { releasedRollupTable, rollupTable } from './rollups';
import { queryPrepared, type Queryable } from '../shared/queryable';

/** When collection began, from the reference file, else from the first month with records. */
export interface DatasetCollection {
  dataset: DatasetName;
  /** 'YYYY-MM-DD'; null for a dataset with neither a reference row nor any record. */
  collectedFrom: string | null;
  /** Why then, e.g. "The Gaia Centre opened in January 2012"; null when it is just the first record. */
  reason: string | null;
}

/** First and last month ('YYYY-MM') with records of a dataset, live or as released to funders and councillors. */
export interface RecordMonths {
  firstMonth: string | null;
  lastMonth: string | null;
}

/** A dataset's collection start with its first and last month of records: what a chart's default span needs. */
export interface DatasetCoverage extends RecordMonths {
  collection: DatasetCollection;
}

/**
 * When the datasets began to be collected, and their months, in the order given: one statement
 * however many are asked for. Collection starts come from the live records; the months from the
 * released ones for the datasets `released` names (what funders and councillors can read).
 */
async function coveragesOf(database: Queryable, datasets: readonly DatasetName[], released: ReadonlySet<DatasetName> = new Set()): Promise<DatasetCoverage[]> {
  // Asked by nearly every answer worked out: prepared, so it is planned once per connection.
  const rows: { dataset: DatasetName; collectedFrom: string | null; reason: string | null; firstMonth: string | null; lastMonth: string | null }[] = await queryPrepared(
    database,
    `SELECT d.dataset, to_char(coalesce(c.collected_from, live.first_month), 'YYYY-MM-DD') AS "collectedFrom", c.reason,
            to_char(CASE WHEN d.released IS NULL THEN live.first_month ELSE frozen.first_month END, 'YYYY-MM') AS "firstMonth",
            to_char(CASE WHEN d.released IS NULL THEN live.last_month ELSE frozen.last_month END, 'YYYY-MM') AS "lastMonth"
       FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS d (dataset, rollup, released, position)
       CROSS JOIN LATERAL record_months(d.rollup) live
       -- The released months are read only for the datasets that ask for them (OFFSET 0 keeps the planner
       -- from flattening the subquery, which would call the function for every dataset, NULL included).
       LEFT JOIN LATERAL (SELECT * FROM record_months(d.released) WHERE d.released IS NOT NULL OFFSET 0) frozen ON true
       LEFT JOIN dataset_collection c ON c.dataset = d.dataset
      ORDER BY d.position`,
    [datasets, datasets.map(rollupTable), datasets.map((d) => (released.has(d) ? releasedRollupTable(d) : null))],
  );
  return rows.map(({ dataset, collectedFrom, reason, firstMonth, lastMonth }) => ({ collection: { dataset, collectedFrom, reason }, firstMonth, lastMonth }));
}

/** Every dataset's coverage in the catalogue's order, its months as released for the datasets `released` names. */
export function everyDatasetCoverage(database: Queryable, released: ReadonlySet<DatasetName>): Promise<DatasetCoverage[]> {
  return coveragesOf(database, DATASET_NAMES, released);
}

/** One dataset's collection start and months of records, in one statement. */
export async function datasetCoverage(database: Queryable, dataset: DatasetName): Promise<DatasetCoverage> {
  const [coverage] = await coveragesOf(database, [dataset]);
  return coverage;
}

/** When one dataset began to be collected: the reference row, or the first month with records. */
export async function datasetCollection(database: Queryable, dataset: DatasetName): Promise<DatasetCollection> {
  return (await datasetCoverage(database, dataset)).collection;
}

/** Every dataset's collection start, in the catalogue's order. */
export async function datasetCollections(database: Queryable): Promise<Map<DatasetName, DatasetCollection>> {
  return new Map((await coveragesOf(database, DATASET_NAMES)).map(({ collection }) => [collection.dataset, collection]));
}

const byRequest = new WeakMap<object, Promise<Map<DatasetName, DatasetCollection>>>();

/** Every dataset's collection start, read once per request however many measures ask (Measure.collectedFrom). */
export function collectionsOfRequest(context: { dataSource: Queryable }): Promise<Map<DatasetName, DatasetCollection>> {
  let collections = byRequest.get(context);
  if (!collections) {
    // dataset_collection has no row scope and record_months reads past it: no transaction or scope needed.
    collections = datasetCollections(context.dataSource);
    byRequest.set(context, collections);
  }
  return collections;
}
