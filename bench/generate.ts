import fs from 'node:fs';
import path from 'node:path';
import { generateDemoData, toCsv, type DemoDataset } from '../api/src/demo/demo-generator';
import type { DemoWard } from '../api/src/demo/demo-wards';
import { DATASET_NAMES, type DatasetName } from '../api/src/datasets/dataset-catalogue';

/**
 * Contract-format records at any scale, made from the demo generator's records: record i of a
 * dataset is demo record i mod n with its refs renamed for replica ⌊i / n⌋. Dates, wards and
 * categories keep the demo's distribution, every row passes the importer's checks, and the same
 * index always gives the same row, so a larger scale extends a smaller one.
 */
export interface ChunkFile {
  dataset: DatasetName;
  file: string;
  rows: number;
}

/** One partner file holds at most this many rows: half the importer's default IMPORT_MAX_ROWS, well under its 20 MB. */
export const ROWS_PER_FILE = 100_000;

/**
 * The demo as made on 1 April 2014 (2011/12 to 2013/14, the years the queries ask about), as every
 * earlier run measured it: a demo made today would spread the same rows over fifteen years.
 */
export const DEMO_TODAY = '2014-04-01';

let templates: DemoDataset[] | undefined;
/** Makes the templates once, from the database's wards (call before the other functions here). */
export function prepareTemplates(wards: DemoWard[]): void {
  templates ??= generateDemoData({ wards, today: DEMO_TODAY });
}
function demoTemplates(): DemoDataset[] {
  if (!templates) throw new Error('prepareTemplates(wards) first');
  return templates;
}

/** How many of `total` rows each dataset gets: its share of the demo data (Gaia referrals are about 80 %). */
export function rowsPerDataset(total: number): Record<DatasetName, number> {
  const demo = demoTemplates();
  const demoTotal = demo.reduce((sum, d) => sum + d.rows.length, 0);
  const shares = demo.map((d) => Math.floor((total * d.rows.length) / demoTotal));
  shares[DATASET_NAMES.indexOf('gaia_referrals')] += total - shares.reduce((a, b) => a + b, 0); // the remainder
  return Object.fromEntries(DATASET_NAMES.map((name, i) => [name, shares[i]])) as Record<DatasetName, number>;
}

const renamed = (value: string, replica: number) => (value ? `${value}-R${replica}` : value);

function syntheticRow(template: DemoDataset, index: number): Record<string, string> {
  const replica = Math.floor(index / template.rows.length);
  const row = { ...template.rows[index % template.rows.length] };
  row.ref = renamed(row.ref, replica);
  if ('person_ref' in row) row.person_ref = renamed(row.person_ref, replica);
  if ('operation_ref' in row) row.operation_ref = renamed(row.operation_ref, replica);
  return row;
}

/**
 * Writes rows [from, to) of every dataset (counts from rowsPerDataset) as files of at most
 * ROWS_PER_FILE rows under `directory`, and returns them in import order.
 */
export function writeSyntheticFiles(directory: string, from: Record<DatasetName, number>, to: Record<DatasetName, number>): ChunkFile[] {
  fs.mkdirSync(directory, { recursive: true });
  const files: ChunkFile[] = [];
  for (const template of demoTemplates()) {
    const dataset = template.dataset;
    for (let start = from[dataset]; start < to[dataset]; start += ROWS_PER_FILE) {
      const end = Math.min(start + ROWS_PER_FILE, to[dataset]);
      const rows = Array.from({ length: end - start }, (_, i) => syntheticRow(template, start + i));
      const file = path.join(directory, `${dataset}-${start}.csv`);
      fs.writeFileSync(file, toCsv({ dataset, columns: template.columns, rows }));
      files.push({ dataset, file, rows: rows.length });
    }
  }
  return files;
}
