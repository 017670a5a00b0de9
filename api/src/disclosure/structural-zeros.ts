import { DATASETS, type DatasetSpec, type Dimension } from '../datasets/dataset-catalogue';
import { UNKNOWN_WARD } from '../measures/dimension-labels';
import type { MeasureDefinition } from '../measures/measure-catalogue';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { addDays, addMonths } from '../shared/dates';
import type { CellCodes } from './disclosure-types';
import { PART_CODE, REST_CODE, type ProtectionGroup } from './protection-groups';

/**
 * The codes a measure's records can carry for a dimension: the import contract's values for its
 * column, narrowed by the measure's own conditions (women arrested for soliciting are all female).
 * Any other code is a zero everyone with the public contract knows: a structural zero, never cover.
 */
export function possibleCodes(measure: MeasureDefinition, dimension: Dimension, reference: ReferenceCatalogue, period?: { start: string; end: string }): string[] {
  const dataset = DATASETS[measure.dataset];
  const column = dataset.dimensions[dimension];
  const spec = dataset.columns.find((c) => c.dbColumn === column);
  if (!column || !spec) throw new Error(`${measure.id} has no ${dimension} breakdown`);
  const fixed = measure.where.find((condition) => condition.column === column);
  if (fixed) return [String(fixed.equals)];
  // An empty value is a code of its own only where the contract lets the column be empty.
  const blank = spec.requirement === 'required' ? [] : [spec.storedWhenEmpty ?? UNKNOWN_WARD];
  if (spec.kind.type === 'ward') {
    // Only the wards that exist at some time in the period: every other one is a zero of every cell,
    // and leaving it out keeps a year's cube to one ward set (two in the year of a boundary change).
    const living = [...reference.wards.values()].filter((w) => !period || (w.validFrom <= period.end && (w.validTo === null || w.validTo >= period.start)));
    return [...living.map((w) => w.code), ...blank];
  }
  if (spec.kind.type === 'strand') return [...reference.strands.keys()];
  if (spec.kind.type === 'enum') return [...spec.kind.values, ...blank];
  throw new Error(`${dimension} of ${measure.dataset} is not a coded column`);
}

/** The breakdown a column of the dataset is counted under, if any (`column` by its name in the table). */
function dimensionOf(dataset: DatasetSpec, column: string): Dimension | undefined {
  return (Object.keys(dataset.dimensions) as Dimension[]).find((d) => dataset.dimensions[d] === column);
}

/**
 * The codes every record of a measure in a cell carries: the cell's own, those the measure's
 * conditions fix (forced begging: strand trafficking), and those the import contract implies (an
 * exploitation type is recorded only with strand trafficking). Undefined when they contradict each
 * other: no record can be there.
 */
export function codesOfRecords(measure: MeasureDefinition, codes: CellCodes): Partial<Record<Dimension, string>> | undefined {
  const dataset = DATASETS[measure.dataset];
  const carried: Partial<Record<Dimension, string>> = {};
  for (const [dimension, code] of Object.entries(codes)) if (dimension !== 'MEASURE') carried[dimension as Dimension] = code;
  const imply = (dimension: Dimension | undefined, code: string): boolean => {
    if (dimension === undefined) return true; // a condition on a column no breakdown shows (referred for a drug test)
    if (carried[dimension] !== undefined && carried[dimension] !== code) return false;
    carried[dimension] = code;
    return true;
  };
  for (const condition of measure.where) {
    if (!imply(dimensionOf(dataset, condition.column), String(condition.equals))) return undefined;
  }
  // After the conditions, which can fix the code that implies another; no rule implies a code with a rule of its own.
  for (const column of dataset.columns) {
    const dimension = dimensionOf(dataset, column.dbColumn);
    const code = dimension && carried[dimension];
    if (!column.onlyWhen || code === undefined || code === column.storedWhenEmpty) continue;
    const other = dataset.columns.find((c) => c.name === column.onlyWhen?.column);
    if (other && !imply(dimensionOf(dataset, other.dbColumn), column.onlyWhen.equals)) return undefined;
  }
  return carried;
}

/** A ward outside its boundaries' lifetime (the contract checks each record's ward against its date). */
function outsideWardLifetime(reference: ReferenceCatalogue, month: string, codes: CellCodes): boolean {
  const ward = codes.WARD === undefined || codes.WARD === UNKNOWN_WARD ? undefined : reference.wards.get(codes.WARD);
  if (!ward) return false;
  const first = `${month}-01`;
  const last = addDays(addMonths(first, 1), -1);
  return ward.validFrom > last || (ward.validTo !== null && ward.validTo < first);
}

/**
 * Leaves of a protection group's cube no record can fall in: a ward outside its lifetime; codes the
 * contract or the leaf's measure rule out (the part on MEASURE is the subset measure, with its own
 * conditions); and the rest where the codes make every record one of the part's (trafficking
 * referrals for forced begging are all in the forced-begging measure, so its rest there is 0).
 */
export function impossibleLeaf(reference: ReferenceCatalogue, group: ProtectionGroup): (month: string, codes: CellCodes) => boolean {
  const { whole, part } = group;
  const partColumns = part ? DATASETS[part.dataset] : undefined;
  return (month, codes) => {
    if (outsideWardLifetime(reference, month, codes)) return true;
    const carried = codesOfRecords(codes.MEASURE === PART_CODE && part ? part : whole, codes);
    if (!carried) return true;
    if (codes.MEASURE !== REST_CODE || !part || !partColumns) return false;
    return part.where.every((condition) => {
      const dimension = dimensionOf(partColumns, condition.column);
      return dimension !== undefined && carried[dimension] === String(condition.equals);
    });
  };
}
