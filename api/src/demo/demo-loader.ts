import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { today as clockToday } from '../config';
import { importFile, type ImportReport } from '../import/importer.service';
import { loadDemoTargets } from '../targets/demo-targets';
import { releaseEverything } from '../figures/disclosure-release.service';
import { generateDemoData, toCsv } from './demo-generator';
import { demoWards } from './demo-wards';

/**
 * Who the demo loader's import batches say imported them. Every other import names its maker with
 * a colon (`cli:<user>`, `<role>:<subject>`), so no real import can carry this name.
 */
export const DEMO_IMPORTER = 'demo-loader';

/** True once the database holds any import the demo loader did not make: real data, which closes the demo's doors. */
export async function holdsRealImports(dataSource: DataSource): Promise<boolean> {
  const [{ real }] = await dataSource.query('SELECT EXISTS (SELECT 1 FROM import_batch WHERE imported_by <> $1) AS real', [DEMO_IMPORTER]);
  return real;
}

export interface DemoLoadOptions {
  directory: string;
  hashSecret: string;
  /** The day the demo is made; it runs to the last complete quarter before it. Default: the platform's today. */
  today?: string;
}

/**
 * Loads the synthetic demo data through the real importer, into an empty database only, so demo
 * records never mix with real ones. The wards are the database's own (every vintage loaded), so a
 * record carries a ward of the set valid on its date.
 */
export async function loadDemoDataIfEmpty(dataSource: DataSource, options: DemoLoadOptions): Promise<ImportReport[] | undefined> {
  const [{ batches }] = await dataSource.query('SELECT count(*)::int AS batches FROM import_batch');
  if (batches > 0) return undefined;
  const today = options.today ?? clockToday();
  const wards = await demoWards(dataSource);
  fs.mkdirSync(options.directory, { recursive: true });
  const reports: ImportReport[] = [];
  for (const dataset of generateDemoData({ wards, today })) {
    const file = path.join(options.directory, `${dataset.dataset}.csv`);
    fs.writeFileSync(file, toCsv(dataset));
    const report = await importFile(dataSource, {
      dataset: dataset.dataset,
      open: () => fs.createReadStream(file),
      importedBy: DEMO_IMPORTER,
      hashSecret: options.hashSecret,
    });
    if (report.status !== 'imported') {
      throw new Error(`The demo ${dataset.dataset} file was refused: ${report.issues.slice(0, 3).map((i) => `line ${i.line}: ${i.reason}`).join('; ')}`);
    }
    reports.push(report);
  }
  await loadDemoTargets(dataSource, today);
  // Funders and councillors read released months only: the demo releases all of its own at once.
  await releaseEverything(dataSource, DEMO_IMPORTER);
  return reports;
}
