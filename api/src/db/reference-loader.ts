import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { DATASET_NAMES, isDatasetName, type DatasetName } from '../datasets/dataset-catalogue';
import { REFERENCE_DATA_DIR } from '../reference/reference-catalogue';
import { isRealIsoDate } from '../shared/dates';
import type { Queryable } from '../shared/queryable';
import { loadShippedWardLookups } from '../wards/shipped-ward-lookups';


function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(REFERENCE_DATA_DIR, file)), { columns: true, bom: true, skip_empty_lines: true });
}

/**
 * Wards (the 2002-2022 set, then the shipped ONS lookups), strands, the timeline and the training
 * calendar (copies of shared/reference). Upserts, so it is safe on every start and picks up
 * corrections to the files.
 */
export async function loadReferenceData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await loadDatasetCollection(manager);
    for (const ward of readCsv('wards-2002-2022.csv')) {
      await manager.query(
        `INSERT INTO ward (gss_code, name, valid_from, valid_to, vintage) VALUES ($1, $2, $3, $4, 'WD02')
         ON CONFLICT (gss_code) DO UPDATE SET name = EXCLUDED.name, valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to`,
        [ward.gss_code, ward.name, ward.valid_from, ward.valid_to || null],
      );
    }
    // Later vintages come as ONS publishes them, through the loader an analyst uses for the next one.
    await loadShippedWardLookups(manager, path.join(REFERENCE_DATA_DIR, 'ward-lookups'));
    for (const [index, strand] of readCsv('gaia-strands.csv').entries()) {
      await manager.query(
        `INSERT INTO strand (code, label, position) VALUES ($1, $2, $3)
         ON CONFLICT (code) DO UPDATE SET label = EXCLUDED.label, position = EXCLUDED.position`,
        [strand.code, strand.label, index + 1],
      );
    }
    for (const event of readCsv('timeline.csv')) {
      await manager.query(
        `INSERT INTO timeline_event (date, kind, title, source) VALUES ($1, $2, $3, $4)
         ON CONFLICT (date, title) DO UPDATE SET kind = EXCLUDED.kind, source = EXCLUDED.source`,
        [event.date, event.kind, event.title, event.source],
      );
    }
    for (const course of readCsv('training-calendar-2013-14.csv')) {
      await manager.query(
        `INSERT INTO training_course (date, course, half_day) VALUES ($1, $2, $3)
         ON CONFLICT (date, course) DO UPDATE SET half_day = EXCLUDED.half_day`,
        [course.date, course.course, course.half_day === 'true'],
      );
    }
  });
}

const COLLECTION_FILE = path.join(REFERENCE_DATA_DIR, 'dataset-collection.csv');

/** The reference file's rows, each checked: a known dataset, a real date, a reason. */
export function readCollectionFile(file = COLLECTION_FILE): { dataset: DatasetName; collectedFrom: string; reason: string }[] {
  const rows: Record<string, string>[] = parse(fs.readFileSync(file), { columns: true, bom: true, skip_empty_lines: true, trim: true });
  return rows.map((row, index) => {
    const where = `${path.basename(file)} line ${index + 2}`;
    if (!isDatasetName(row.dataset ?? '')) throw new Error(`${where}: "${row.dataset}" is not a dataset; expected one of ${DATASET_NAMES.join(', ')}`);
    if (!isRealIsoDate(row.collected_from ?? '')) throw new Error(`${where}: collected_from must be a real date written YYYY-MM-DD; got "${row.collected_from}"`);
    if (!row.reason) throw new Error(`${where}: give the reason collection began then`);
    return { dataset: row.dataset as DatasetName, collectedFrom: row.collected_from, reason: row.reason };
  });
}

/** Makes dataset_collection what the reference file says (rows gone from the file go from the table). */
export async function loadDatasetCollection(database: Queryable, file = COLLECTION_FILE): Promise<void> {
  const rows = readCollectionFile(file);
  await database.query('DELETE FROM dataset_collection WHERE NOT (dataset = ANY($1::text[]))', [rows.map((r) => r.dataset)]);
  for (const row of rows) {
    await database.query(
      `INSERT INTO dataset_collection (dataset, collected_from, reason) VALUES ($1, $2, $3)
       ON CONFLICT (dataset) DO UPDATE SET collected_from = EXCLUDED.collected_from, reason = EXCLUDED.reason`,
      [row.dataset, row.collectedFrom, row.reason],
    );
  }
}
