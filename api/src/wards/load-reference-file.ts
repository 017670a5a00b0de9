import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit-log.service';
import type { ImportLimits } from '../csv/import-limits';
import { loadWardBestFit } from './ward-best-fit.service';
import { formatWardBestFitReport, formatWardVintageReport } from './ward-load-report';
import { loadWardVintage } from './ward-vintage.service';

/** The reference data an analyst loads (contract: "Reference data an analyst loads"), beside the partner datasets. */
export const REFERENCE_DATASETS = ['wards', 'ward_best_fit'] as const;
export type ReferenceDataset = (typeof REFERENCE_DATASETS)[number];

export function isReferenceDataset(name: unknown): name is ReferenceDataset {
  return (REFERENCE_DATASETS as readonly unknown[]).includes(name);
}

export interface ReferenceLoad {
  dataset: ReferenceDataset;
  open: () => Readable;
  fileName: string;
  /** wards only: the day the vintage took effect. */
  validFrom?: string;
  dryRun: boolean;
  loadedBy: string;
  limits?: ImportLimits;
}

/** Loads one reference file, writes the audit entry every analyst write has, and returns the report to print. */
export async function loadReferenceFile(dataSource: DataSource, load: ReferenceLoad): Promise<{ refused: boolean; text: string }> {
  const { dataset, open, dryRun, limits } = load;
  let outcome: { refused: boolean; text: string; checksum: string };
  if (dataset === 'wards') {
    const report = await loadWardVintage(dataSource, { open, validFrom: load.validFrom as string, dryRun, limits });
    outcome = { refused: report.status === 'refused', text: formatWardVintageReport(report, load.fileName), checksum: report.checksum };
  } else {
    const report = await loadWardBestFit(dataSource, { open, dryRun, limits });
    outcome = { refused: report.status === 'refused', text: formatWardBestFitReport(report, load.fileName), checksum: report.checksum };
  }
  const args = { dataset, file: load.fileName, checksum: outcome.checksum, dryRun, ...(load.validFrom ? { validFrom: load.validFrom } : {}) };
  await recordAudit(dataSource, { subject: load.loadedBy, role: 'analyst', wards: [] }, `import ${dataset}`, args, null, outcome.refused ? 'error: REFUSED' : 'ok');
  return { refused: outcome.refused, text: outcome.text };
}
