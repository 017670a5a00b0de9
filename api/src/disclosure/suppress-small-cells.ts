import { buildDisclosureCube, type CubeOptions } from './build-disclosure-cube';
import type { DisclosureCube } from './disclosure-cube';
import { DEFAULT_DISCLOSURE_POLICY, type DisclosurePolicy } from './disclosure-policy';
import { repairUntilProtected } from './disclosure-repair';
import type { BreakdownDimension, CellRef, CubeDimension, LeafCount, SuppressionReason } from './disclosure-types';
import { markPrimarySuppressions, PRIMARY, PUBLISHED, SECONDARY, UNRELEASED, type SuppressionMarks } from './primary-suppression';
import { canWithhold, enforceNoLoneSuppression } from './secondary-suppression';

export interface SuppressSmallCellsInput {
  readonly measureId: string;
  /** e.g. "2012/13": April 2012 to March 2013. */
  readonly financialYear: string;
  /** None, one or two breakdowns, each with every code it can take. */
  readonly dimensions: readonly BreakdownDimension[];
  /** Counts for the full cross of months and breakdown codes; missing combinations are zero. */
  readonly leaves: readonly LeafCount[];
  readonly policy?: DisclosurePolicy;
  /** Structural zeros and what is released (see CubeOptions). */
  readonly cube?: CubeOptions;
  /** A MEASURE code that is not a figure of its own (a measure's remainder beside its subset). */
  readonly hiddenMeasureCode?: string;
  /** The pattern of the release before: every cell it released keeps its mark. */
  readonly earlier?: SuppressionPattern;
}

/** Which cells of the cube (every table of the lattice, every time level) may be published. */
export interface SuppressionPattern {
  readonly measureId: string;
  readonly financialYear: string;
  /** The breakdowns covered, in catalogue order. */
  readonly dimensions: readonly CubeDimension[];
  isSuppressed(cell: CellRef): boolean;
  /** Whether every code of the cell is one the pattern was computed for (others are structural zeros). */
  covers(cell: CellRef): boolean;
  /** Whether the cell's period is wholly released (otherwise it is withheld, as not published yet). */
  isReleased(cell: CellRef): boolean;
  /** The cell's mark, for the next release to keep; undefined when this release did not decide it. */
  markOf(cell: CellRef): number | undefined;
  reason(cell: CellRef): SuppressionReason | null;
  /** The cell's count, or null when it is withheld. */
  publishedValue(cell: CellRef): number | null;
  /** Every withheld cell, in the cube's stable order (time, then breakdown codes). */
  suppressedCells(): CellRef[];
  /**
   * Small cells that the always-published borough figures still reveal, whatever else is withheld:
   * only when a breakdown has a single code. Empty otherwise; when not, do not publish the breakdown.
   */
  unprotectableCells(): CellRef[];
}

export interface CubeProtection {
  readonly marks: SuppressionMarks;
  readonly unprotectable: readonly number[];
}

export interface ProtectOptions {
  readonly isHidden?: (cell: number) => boolean;
  readonly earlierMark?: (cell: number) => number | undefined;
}

/** Primary suppression, the line rule to a fixed point, then audit and repair (exact, then intervals). */
export function protectCube(cube: DisclosureCube, thresholdOf: (cell: number) => number, options: ProtectOptions = {}): CubeProtection {
  const marks = markPrimarySuppressions(cube, thresholdOf, options);
  const earlier = options.earlierMark;
  const isFixed = earlier ? (cell: number) => earlier(cell) !== undefined : () => false;
  // Every small cell is audited, an earlier release's too: what this release adds must not give it away.
  const primaries = [...marks.keys()].filter((cell) => marks[cell] === PRIMARY);
  enforceNoLoneSuppression(cube, marks, isFixed);
  const unprotectable = repairUntilProtected(cube, marks, primaries, { thresholdOf, isFixed });
  if (unprotectable.length > 0) withholdEveryNewCell(cube, marks, isFixed);
  return { marks, unprotectable: [] };
}

/**
 * The last resort when no box can protect a small cell (the borough figures, or what an earlier
 * release published, leave it none): this release publishes no new cell below borough level. Then
 * it adds only borough figures to what was known, and every earlier cell stays as protected as the
 * earlier release left it; a new small cell can be anywhere in its period, so its range reaches 0.
 */
function withholdEveryNewCell(cube: DisclosureCube, marks: SuppressionMarks, isFixed: (cell: number) => boolean): void {
  for (let cell = 0; cell < cube.size; cell++) {
    if (marks[cell] === PUBLISHED && canWithhold(cube, cell, isFixed)) marks[cell] = SECONDARY;
  }
}

class CubeSuppressionPattern implements SuppressionPattern {
  readonly dimensions: readonly CubeDimension[];

  constructor(
    readonly measureId: string,
    readonly financialYear: string,
    private readonly cube: DisclosureCube,
    readonly protection: CubeProtection,
  ) {
    this.dimensions = cube.dimensions;
  }

  isSuppressed(cell: CellRef): boolean {
    return this.protection.marks[this.cube.indexOf(cell)] !== PUBLISHED;
  }

  covers(cell: CellRef): boolean {
    return Object.entries(cell.codes).every(([dimension, code]) => {
      const a = this.cube.dimensions.indexOf(dimension as CubeDimension);
      return a >= 0 && code !== undefined && (this.cube.axes[a + 1].nodeOf.get(code) ?? 0) > 0;
    });
  }

  isReleased(cell: CellRef): boolean {
    return this.protection.marks[this.cube.indexOf(cell)] !== UNRELEASED;
  }

  markOf(cell: CellRef): number | undefined {
    const mark = this.protection.marks[this.cube.indexOf(cell)];
    return mark === UNRELEASED ? undefined : mark;
  }

  reason(cell: CellRef): SuppressionReason | null {
    const mark = this.protection.marks[this.cube.indexOf(cell)];
    return mark === PRIMARY ? 'primary' : mark === SECONDARY ? 'secondary' : null;
  }

  publishedValue(cell: CellRef): number | null {
    const index = this.cube.indexOf(cell);
    return this.protection.marks[index] === PUBLISHED ? this.cube.values[index] : null;
  }

  suppressedCells(): CellRef[] {
    const cells: CellRef[] = [];
    this.protection.marks.forEach((mark, index) => { if (mark !== PUBLISHED) cells.push(this.cube.cellRef(index)); });
    return cells;
  }

  unprotectableCells(): CellRef[] {
    return this.protection.unprotectable.map((index) => this.cube.cellRef(index));
  }
}

/**
 * Small-cell suppression with secondary suppression for one measure and one financial year,
 * over the time hierarchy crossed with every subset of the breakdowns, as one pattern: a cell that
 * two tables share is withheld in both or neither, so no two queries can be combined to undo it.
 */
export function suppressSmallCells(input: SuppressSmallCellsInput): SuppressionPattern {
  const cube = buildDisclosureCube(input.financialYear, input.dimensions, input.leaves, input.cube);
  const policy = input.policy ?? DEFAULT_DISCLOSURE_POLICY;
  const measureAxis = cube.dimensions.indexOf('MEASURE') + 1;
  const hiddenNode = measureAxis > 0 && input.hiddenMeasureCode !== undefined ? cube.axes[measureAxis].nodeOf.get(input.hiddenMeasureCode) : undefined;
  const earlier = input.earlier;
  const protection = protectCube(cube, (cell) => policy.thresholdFor(input.measureId, cube.cellRef(cell)), {
    isHidden: hiddenNode === undefined ? undefined : (cell) => cube.coordinate(cell, measureAxis) === hiddenNode,
    earlierMark: earlier ? (cell) => earlier.markOf(cube.cellRef(cell)) : undefined,
  });
  return new CubeSuppressionPattern(input.measureId, input.financialYear, cube, protection);
}

/** What a pattern decided, cell by cell (to keep it: see persisted-patterns.ts); undefined for another implementation. */
export function protectionOf(pattern: SuppressionPattern): CubeProtection | undefined {
  return pattern instanceof CubeSuppressionPattern ? pattern.protection : undefined;
}

/**
 * The pattern suppressSmallCells made for this input, from the protection it decided then: the
 * cube is built again from the same released leaves (milliseconds), its protection is not (seconds).
 * Undefined when the cube is not the one the protection was made for.
 */
export function suppressionPatternFrom(input: SuppressSmallCellsInput, protection: CubeProtection): SuppressionPattern | undefined {
  const cube = buildDisclosureCube(input.financialYear, input.dimensions, input.leaves, input.cube);
  if (protection.marks.length !== cube.size) return undefined;
  return new CubeSuppressionPattern(input.measureId, input.financialYear, cube, protection);
}
