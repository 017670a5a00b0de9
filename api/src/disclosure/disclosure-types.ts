import type { Dimension } from '../datasets/dataset-catalogue';

export type FinancialQuarterLabel = 'Q1' | 'Q2' | 'Q3' | 'Q4';

/** A node of one financial year's time hierarchy: the year, a quarter (Q1 = April to June) or a month 'YYYY-MM'. */
// (string & {}) keeps the named members visible to editors while allowing 'YYYY-MM'.
export type TimeNode = 'YEAR' | FinancialQuarterLabel | (string & {});

/**
 * A breakdown axis of the cube: a dimension of the records, or MEASURE for measures audited together
 * (a measure and its subset: "all" is the measure, its codes the subset and the rest).
 */
export type CubeDimension = Dimension | 'MEASURE';

/** The breakdown codes of a cell; a dimension left out means "all" of it. */
export type CellCodes = Readonly<Partial<Record<CubeDimension, string>>>;

/** One cell of the cube: a time node crossed with a code, or "all", for each breakdown dimension. */
export interface CellRef {
  readonly time: TimeNode;
  readonly codes: CellCodes;
}

/** A count for one month and one code of every breakdown dimension: the finest cells, which all others sum. */
export interface LeafCount {
  readonly month: string;
  readonly codes: CellCodes;
  readonly count: number;
}

/** A breakdown dimension and every code it can take, including codes with no records (they are zero cells). */
export interface BreakdownDimension {
  readonly dimension: CubeDimension;
  readonly codes: readonly string[];
}

/** Primary: the cell itself is small. Secondary: withheld so that a small cell cannot be worked out from it. */
export type SuppressionReason = 'primary' | 'secondary';
