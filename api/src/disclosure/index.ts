/** Statistical disclosure control: what funders and councillors may see of counts of people. */
export { cellKey } from './cell-key';
export {
  DEFAULT_DISCLOSURE_POLICY, DEFAULT_THRESHOLD, SENSITIVE_STRAND_THRESHOLD, SENSITIVE_STRANDS,
  disclosurePolicy, isControlledRole, needsDisclosureControl,
  type DisclosurePolicy, type DisclosurePolicyOptions, type MeasureDisclosureOptions,
} from './disclosure-policy';
export type { BreakdownDimension, CellCodes, CellRef, FinancialQuarterLabel, LeafCount, SuppressionReason, TimeNode } from './disclosure-types';
export { suppressSmallCells, type SuppressSmallCellsInput, type SuppressionPattern } from './suppress-small-cells';
export { formatDisclosedValue, SUPPRESSED_LEGEND, SUPPRESSED_SYMBOL } from './suppressed-value';
