import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { importFile, type ImportReport } from '../import/importer.service';
import { loadDemoTargets } from '../targets/demo-targets';
import { generateDemoData, toCsv } from './demo-generator';

/**
 * Loads the synthetic demo data through the real importer, into an empty database only, so demo
 * records never mix with real ones.
 */
export async function loadDemoDataIfEmpty(dataSource: DataSource, options: { directory: string; hashSecret: string }): Promise<ImportReport[] | undefined> {
  const [{ batches }] = await dataSource.query('SELECT count(*)::int AS batches FROM import_batch');
  if (batches > 0) return undefined;
  fs.mkdirSync(options.directory, { recursive: true });
  const reports: ImportReport[] = [];
  for (const dataset of generateDemoData()) {
    const file = path.join(options.directory, `${dataset.dataset}.csv`);
    fs.writeFileSync(file, toCsv(dataset));
    const report = await importFile(dataSource, {
      dataset: dataset.dataset,
      open: () => fs.createReadStream(file),
      importedBy: 'demo-loader',
      hashSecret: options.hashSecret,
    });
    if (report.status !== 'imported') {
      throw new Error(`The demo ${dataset.dataset} file was refused: ${report.issues.slice(0, 3).map((i) => `line ${i.line}: ${i.reason}`).join('; ')}`);
    }
    reports.push(report);
  }
  await loadDemoTargets(dataSource);
  return reports;
}
