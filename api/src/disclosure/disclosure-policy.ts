import { findMeasure, type MeasureDefinition } from '../measures/measure-catalogue';
import type { CellRef } from './disclosure-types';
import { PART_CODE, protectionGroupOf } from './protection-groups';
import { codesOfRecords } from './structural-zeros';

/** Strands so rare and so identifying that a larger count is still too small to publish. */
export const SENSITIVE_STRANDS = ['fgm', 'forced_marriage', 'honour_based_violence', 'trafficking'] as const;

export interface MeasureDisclosureOptions {
  /** Smallest count this measure may publish for a breakdown. */
  readonly threshold?: number;
  /** Per-strand thresholds for this measure, on top of the general ones. */
  readonly strandThresholds?: Readonly<Record<string, number>>;
}

export interface DisclosurePolicyOptions {
  /** Smallest count that may be published for a breakdown; 5 unless told otherwise. */
  readonly threshold?: number;
  /** Thresholds by STRAND code; 10 for the sensitive strands unless told otherwise. */
  readonly strandThresholds?: Readonly<Record<string, number>>;
  /** Overrides by measure id. */
  readonly measures?: Readonly<Record<string, MeasureDisclosureOptions>>;
}

export interface DisclosurePolicy {
  /** Counts from 1 to thresholdFor − 1 in this cell are withheld. */
  thresholdFor(measureId: string, cell: CellRef): number;
}

export const DEFAULT_THRESHOLD = 5;
export const SENSITIVE_STRAND_THRESHOLD = 10;

const DEFAULT_STRAND_THRESHOLDS: Readonly<Record<string, number>> = Object.fromEntries(
  SENSITIVE_STRANDS.map((strand) => [strand, SENSITIVE_STRAND_THRESHOLD]),
);

function checkThreshold(where: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
    throw new Error(`Disclosure policy: ${where} must be a whole number of at least 1, not ${value}`);
  }
}

function checkOptions(options: DisclosurePolicyOptions): void {
  checkThreshold('threshold', options.threshold);
  for (const [strand, value] of Object.entries(options.strandThresholds ?? {})) checkThreshold(`strandThresholds.${strand}`, value);
  for (const [measureId, measure] of Object.entries(options.measures ?? {})) {
    checkThreshold(`measures["${measureId}"].threshold`, measure.threshold);
    for (const [strand, value] of Object.entries(measure.strandThresholds ?? {})) {
      checkThreshold(`measures["${measureId}"].strandThresholds.${strand}`, value);
    }
  }
}

/** The measure a cell counts: the measure itself, or on a MEASURE axis the subset it names. */
function measureOfCell(measureId: string, cell: CellRef): MeasureDefinition | undefined {
  const measure = findMeasure(measureId);
  return measure && cell.codes.MEASURE === PART_CODE ? protectionGroupOf(measure).part : measure;
}

/**
 * The strand of every record in the cell: its STRAND code, or the strand its measure or its codes
 * imply (forced begging is trafficking; so is any recorded exploitation type), so that a cell of
 * trafficking referrals has trafficking's threshold whichever breakdown shows it.
 */
function strandOf(measureId: string, cell: CellRef): string | undefined {
  if (cell.codes.STRAND !== undefined) return cell.codes.STRAND;
  const measure = measureOfCell(measureId, cell);
  return measure && codesOfRecords(measure, cell.codes)?.STRAND;
}

/**
 * The thresholds for small-cell suppression. A strand threshold can only raise the bar, never
 * lower it below the measure's, so a mistyped override cannot publish smaller counts.
 */
export function disclosurePolicy(options: DisclosurePolicyOptions = {}): DisclosurePolicy {
  checkOptions(options);
  const strandThresholds = { ...DEFAULT_STRAND_THRESHOLDS, ...options.strandThresholds };
  return {
    thresholdFor(measureId, cell) {
      const measure = options.measures?.[measureId];
      const base = measure?.threshold ?? options.threshold ?? DEFAULT_THRESHOLD;
      const strand = strandOf(measureId, cell);
      if (strand === undefined) return base;
      const forStrand = measure?.strandThresholds?.[strand] ?? strandThresholds[strand] ?? base;
      return Math.max(base, forStrand);
    },
  };
}

export const DEFAULT_DISCLOSURE_POLICY: DisclosurePolicy = disclosurePolicy();
