import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { loadDatasetCollection } from '../figures/dataset-collection';
import { loadShippedWardLookups } from '../wards/shipped-ward-lookups';

const DATA = path.join(__dirname, '..', 'reference', 'data');

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(DATA, file)), { columns: true, bom: true, skip_empty_lines: true });
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
    await loadShippedWardLookups(manager, path.join(DATA, 'ward-lookups'));
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
