import { findMeasure, MEASURES, type MeasureDefinition } from '../measures/measure-catalogue';

/** The MEASURE codes of a group's cube: its "all" is the whole measure, split into the part and the rest. */
export const PART_CODE = 'part';
export const REST_CODE = 'rest';

/**
 * The count measures disclosure control protects as one table: a measure alone, or a measure with
 * the measure counting a subset of its records (the catalogue's `subsetOf`). Audited as one cube
 * with a MEASURE axis, the part's and the whole's cells are withheld so that their difference,
 * itself a count of people ("arrested, not referred"), is protected like any other cell.
 */
export interface ProtectionGroup {
  readonly whole: MeasureDefinition;
  readonly part?: MeasureDefinition;
}

function measure(id: string): MeasureDefinition {
  const found = findMeasure(id);
  if (!found) throw new Error(`The measure catalogue names "${id}", which it does not define`);
  return found;
}

export function protectionGroupOf(of: MeasureDefinition): ProtectionGroup {
  const count = of.rateOf ? measure(of.rateOf.denominator) : of;
  // A subset funders never see (operationalOnly) publishes nothing to difference: no group.
  const whole = count.subsetOf && !count.operationalOnly ? measure(count.subsetOf) : count;
  const parts = MEASURES.filter((m) => m.subsetOf === whole.id && !m.operationalOnly);
  if (parts.length > 1) throw new Error(`${whole.id} has more than one subset measure; disclosure control audits one at a time`);
  return parts.length ? { whole, part: parts[0] } : { whole };
}

/** The group's measures a figure of `of` adds up: the rate's two counts, else the measure itself. */
export function countMeasuresOf(of: MeasureDefinition): MeasureDefinition[] {
  return of.rateOf ? [measure(of.rateOf.numerator), measure(of.rateOf.denominator)] : [of];
}

/** Where a count measure sits on its group's MEASURE axis: undefined for the whole (the axis's "all"). */
export function measureCodeOf(group: ProtectionGroup, count: MeasureDefinition): string | undefined {
  if (count.id === group.whole.id) return undefined;
  if (count.id === group.part?.id) return PART_CODE;
  throw new Error(`${count.id} is not in the protection group of ${group.whole.id}`);
}
