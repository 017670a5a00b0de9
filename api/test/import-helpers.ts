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

export const BRIXTON_HILL = 'E05000417';

/**
 * Gaia referrals in April 2012 with one cell too small to publish: 7 FGM referrals in Brixton Hill
 * (below FGM's threshold of 10), and plenty of domestic violence referrals elsewhere.
 */
export function smallFgmCellLines(): string[] {
  const lines = ['ref,date,strand,ward_code,age_band,sex,referral_source'];
  for (let i = 0; i < 7; i += 1) lines.push(`F${i},2012-04-0${i + 1},fgm,${BRIXTON_HILL},25_34,female,health`);
  for (let i = 0; i < 60; i += 1) lines.push(`D${i},2012-04-${String((i % 28) + 1).padStart(2, '0')},domestic_violence,E05000426,25_34,female,police`);
  return lines;
}
