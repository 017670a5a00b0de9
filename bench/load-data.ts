import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { DATASETS, type ColumnSpec, type DatasetName } from '../api/src/datasets/dataset-catalogue';
import { importFile } from '../api/src/import/importer.service';
import type { ImportLimits } from '../api/src/csv/import-limits';
import type { ChunkFile } from './generate';
import { timed } from './stats';

export interface LoadTimes {
  rows: number;
  importerSeconds: number;
  copySeconds: number;
}

/** In a schema of their own: the application never reads them (and the answer cache, which checks public's tables, ignores them). */
const copyTable = (dataset: DatasetName) => `bench.copy_${DATASETS[dataset].table}`;

function sqlType(column: ColumnSpec): string {
  switch (column.kind.type) {
    case 'date': return 'date';
    case 'boolean': return 'boolean';
    case 'wholeNumber': return 'integer';
    default: return 'text';
  }
}

/** The baseline: a bare table of the file's own columns, typed, with no key, index, trigger or check. */
export async function createCopyTables(dataSource: DataSource): Promise<void> {
  await dataSource.query('CREATE SCHEMA IF NOT EXISTS bench');
  for (const spec of Object.values(DATASETS)) {
    const columns = spec.columns.map((c) => `${c.name} ${sqlType(c)}`).join(', ');
    await dataSource.query(`CREATE TABLE IF NOT EXISTS ${copyTable(spec.name)} (${columns})`);
  }
}

async function copyIntoBareTable(dataSource: DataSource, chunk: ChunkFile): Promise<void> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  try {
    await pipeline(fs.createReadStream(chunk.file), client.query(copyFrom(`COPY ${copyTable(chunk.dataset)} FROM STDIN WITH (FORMAT csv, HEADER true)`)));
  } finally {
    await runner.release();
  }
}

/**
 * Every file through the real importer (validation, keyed hashing, staging, upsert, batch record,
 * rollup triggers, one transaction per file) and through a plain COPY, alternately, so both meet the same cache and checkpoints.
 */
export async function loadFiles(
  dataSource: DataSource, files: ChunkFile[], options: { hashSecret: string; limits: ImportLimits; onFile?: (done: number) => void },
): Promise<LoadTimes> {
  const times: LoadTimes = { rows: 0, importerSeconds: 0, copySeconds: 0 };
  for (const [index, chunk] of files.entries()) {
    const copied = await timed(() => copyIntoBareTable(dataSource, chunk));
    const imported = await timed(() => importFile(dataSource, {
      dataset: chunk.dataset, open: () => fs.createReadStream(chunk.file), importedBy: 'bench', hashSecret: options.hashSecret, limits: options.limits,
    }));
    const report = imported.result;
    if (report.status !== 'imported' || report.inserted !== chunk.rows) {
      const issues = report.issues.slice(0, 3).map((i) => `line ${i.line} ${i.column}: ${i.reason}`).join('; ');
      throw new Error(`the importer did not take ${chunk.file} whole (${report.status}, ${report.inserted} of ${chunk.rows} inserted): ${issues}`);
    }
    times.rows += chunk.rows;
    times.copySeconds += copied.ms / 1000;
    times.importerSeconds += imported.ms / 1000;
    options.onFile?.(index + 1);
  }
  return times;
}
