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

/** One dataset's months, from its rollup, whatever the caller's row scope (record_months reads past it, months only). */
export async function recordMonths(database: Queryable, dataset: DatasetName, released = false): Promise<RecordMonths> {
  const [row] = await database.query(
    `SELECT to_char(first_month, 'YYYY-MM') AS "firstMonth", to_char(last_month, 'YYYY-MM') AS "lastMonth" FROM record_months($1)`,
    [released ? releasedRollupTable(dataset) : rollupTable(dataset)],
  );
  return row;
}

/** A dataset's collection start with its first and last month of live records: what a chart's default span needs. */
export interface DatasetCoverage extends RecordMonths {
  collection: DatasetCollection;
}

/** When the datasets began to be collected, and their months, in the order given: one statement however many are asked for. */
async function coveragesOf(database: Queryable, datasets: readonly DatasetName[]): Promise<DatasetCoverage[]> {
  // Asked by nearly every answer worked out: prepared, so it is planned once per connection.
  const rows: { dataset: DatasetName; collectedFrom: string | null; reason: string | null; firstMonth: string | null; lastMonth: string | null }[] = await queryPrepared(
    database,
    `SELECT d.dataset, to_char(coalesce(c.collected_from, m.first_month), 'YYYY-MM-DD') AS "collectedFrom", c.reason,
            to_char(m.first_month, 'YYYY-MM') AS "firstMonth", to_char(m.last_month, 'YYYY-MM') AS "lastMonth"
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS d (dataset, rollup, position)
       CROSS JOIN LATERAL record_months(d.rollup) m
       LEFT JOIN dataset_collection c ON c.dataset = d.dataset
      ORDER BY d.position`,
    [datasets, datasets.map(rollupTable)],
  );
  return rows.map(({ dataset, collectedFrom, reason, firstMonth, lastMonth }) => ({ collection: { dataset, collectedFrom, reason }, firstMonth, lastMonth }));
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
