import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { DatasetName } from '../src/datasets/dataset-catalogue';
import { releaseEverything } from '../src/figures/disclosure-release.service';
import { importFile, type ImportReport } from '../src/import/importer.service';

export const TEST_HASH_SECRET = 'test-import-hash-secret-0123456789';

/** Imports CSV text through the real importer, as the CLI does with a file. */
export function importCsv(dataSource: DataSource, dataset: DatasetName, csv: string, options: { skipInvalid?: boolean; dryRun?: boolean } = {}): Promise<ImportReport> {
  return importFile(dataSource, {
    dataset,
    open: () => Readable.from([Buffer.from(csv, 'utf8')]),
    importedBy: 'test',
    hashSecret: TEST_HASH_SECRET,
    ...options,
  });
}

export function csv(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** Releases every month with records to funders and councillors, as an analyst does once a month's files are in. */
export async function releaseToFunders(dataSource: DataSource): Promise<void> {
  await releaseEverything(dataSource, 'test-analyst');
}
