import type { Dimension } from '../datasets/dataset-catalogue';
import { DATASETS, DIMENSIONS } from '../datasets/dataset-catalogue';
import { ENUMERATED_CODES, UNKNOWN_WARD } from '../measures/dimension-labels';
import { requireMeasure, type MeasureDefinition } from '../measures/measure-catalogue';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { today } from '../config';
import { badUserInput } from '../shared/errors';
import { checkedDate, requireFinancialYear } from '../shared/argument-validation';
import type { Granularity } from '../shared/financial-periods';

/** The filter's GraphQL field for each dimension. */
export const FILTER_FIELDS: Record<Dimension, string> = {
  WARD: 'ward', STRAND: 'strand', AGE_BAND: 'ageBand', SEX: 'sex', REFERRAL_SOURCE: 'referralSource', OFFENCE: 'offence', DESTINATION: 'destination',
  EXPLOITATION_TYPE: 'exploitationType',
};

export interface FigureArgs {
  measure: string;
  financialYear?: string | null;
  from?: string | null;
  to?: string | null;
  granularity?: Granularity | null;
  groupBy?: Dimension[] | null;
  filter?: Partial<Record<string, string[] | null>> | null;
}

/** A figures request, checked: every value known, every breakdown applicable to the measure. */
export interface FigureQuery {
  measure: MeasureDefinition;
  /** A whole financial year, or a free date range (which not every role may ask for). */
  period: 'financialYear' | 'range';
  from: string;
  to: string;
  granularity: Granularity | null;
  groupBy: Dimension[];
  filter: { dimension: Dimension; codes: string[] }[];
}

/** `collectedFrom` stands in for an absent `from`: a range with no start begins when collection did. */
function periodOf(args: FigureArgs, collectedFrom: string | null): { from: string; to: string } {
  if (args.financialYear != null) {
    if (args.from != null || args.to != null) throw badUserInput('financialYear', 'give either financialYear or from/to, not both');
    const year = requireFinancialYear('financialYear', args.financialYear);
    return { from: year.start, to: year.end };
  }
  const to = args.to != null ? checkedDate('to', args.to) : today();
  // Nothing collected by `to`: the range is that one day, which the planner then finds not collected.
  const from = args.from != null ? checkedDate('from', args.from) : collectedFrom !== null && collectedFrom <= to ? `${collectedFrom.slice(0, 7)}-01` : to;
  if (to < from) throw badUserInput('to', `${to} is before from (${from})`);
  return { from, to };
}

/** The argument a period before collection is blamed on: the one that set the start of the period. */
export function periodArgument(args: Pick<FigureArgs, 'financialYear' | 'from'>): 'financialYear' | 'from' | 'to' {
  return args.financialYear != null ? 'financialYear' : args.from != null ? 'from' : 'to';
}

export function knownCodes(dimension: Dimension, reference: ReferenceCatalogue): readonly string[] {
  if (dimension === 'WARD') return [...reference.wards.keys(), UNKNOWN_WARD];
  if (dimension === 'STRAND') return [...reference.strands.keys()];
  return ENUMERATED_CODES[dimension] ?? [];
}

function applicable(measure: MeasureDefinition, dimension: Dimension, argument: string): Dimension {
  const available = Object.keys(DATASETS[measure.dataset].dimensions);
  if (!available.includes(dimension)) {
    const options = available.length ? `it can be by ${available.join(', ')}` : 'it has no breakdowns';
    throw badUserInput(argument, `${measure.id} cannot be broken down by ${dimension}; ${options}`);
  }
  return dimension;
}

/**
 * Checks a figures request. `collectedFrom` (when the measure's dataset began to be collected) is
 * where a range without `from` starts; without it such a range is the day `to` alone.
 */
export function resolveFigureQuery(args: FigureArgs, reference: ReferenceCatalogue, collectedFrom: string | null = null): FigureQuery {
  const measure = requireMeasure('measure', args.measure);
  const { from, to } = periodOf(args, collectedFrom);
  const groupBy = (args.groupBy ?? []).map((d) => applicable(measure, d, 'groupBy'));
  if (new Set(groupBy).size !== groupBy.length) throw badUserInput('groupBy', 'lists a dimension more than once');

  const filter: FigureQuery['filter'] = [];
  for (const dimension of DIMENSIONS) {
    const codes = args.filter?.[FILTER_FIELDS[dimension]];
    if (codes == null) continue;
    const argument = `filter.${FILTER_FIELDS[dimension]}`;
    applicable(measure, dimension, argument);
    if (codes.length === 0) throw badUserInput(argument, 'lists no codes: leave it out to count every code, or name at least one');
    const known = knownCodes(dimension, reference);
    const unknown = codes.find((code) => !known.includes(code));
    if (unknown !== undefined) throw badUserInput(argument, `"${unknown}" is not a known code; expected one of: ${known.join(', ')}`);
    filter.push({ dimension, codes: [...new Set(codes)] });
  }
  const period = args.financialYear != null ? 'financialYear' : 'range';
  return { measure, period, from, to, granularity: args.granularity ?? null, groupBy, filter };
}
