import { DATASETS, type Dimension } from '../datasets/dataset-catalogue';
import { UNKNOWN_WARD } from '../measures/dimension-labels';
import type { MeasureDefinition } from '../measures/measure-catalogue';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { addDays, addMonths } from '../shared/dates';
import type { CellCodes } from './disclosure-types';

/**
 * The codes a measure's records can carry for a dimension: the import contract's values for its
 * column, narrowed by the measure's own conditions (women arrested for soliciting are all female).
 * Any other code is a zero everyone with the public contract knows: a structural zero, never cover.
 */
export function possibleCodes(measure: MeasureDefinition, dimension: Dimension, reference: ReferenceCatalogue): string[] {
  const dataset = DATASETS[measure.dataset];
  const column = dataset.dimensions[dimension];
  const spec = dataset.columns.find((c) => c.dbColumn === column);
  if (!column || !spec) throw new Error(`${measure.id} has no ${dimension} breakdown`);
  const fixed = measure.where.find((condition) => condition.column === column);
  if (fixed) return [String(fixed.equals)];
  // An empty value is a code of its own only where the contract lets the column be empty.
  const blank = spec.requirement === 'required' ? [] : [UNKNOWN_WARD];
  if (spec.kind.type === 'ward') return [...reference.wards.keys(), ...blank];
  if (spec.kind.type === 'strand') return [...reference.strands.keys()];
  if (spec.kind.type === 'enum') return [...spec.kind.values];
  throw new Error(`${dimension} of ${measure.dataset} is not a coded column`);
}

/** Leaves no record can fall in: a ward outside its boundaries' lifetime (the contract checks each record's ward against its date). */
export function impossibleLeaf(reference: ReferenceCatalogue): (month: string, codes: CellCodes) => boolean {
  return (month, codes) => {
    const ward = codes.WARD === undefined || codes.WARD === UNKNOWN_WARD ? undefined : reference.wards.get(codes.WARD);
    if (!ward) return false;
    const first = `${month}-01`;
    const last = addDays(addMonths(first, 1), -1);
    return ward.validFrom > last || (ward.validTo !== null && ward.validTo < first);
  };
}
