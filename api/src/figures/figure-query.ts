import type { Dimension } from '../datasets/dataset-catalogue';
import { DATASETS, DIMENSIONS } from '../datasets/dataset-catalogue';
import { ENUMERATED_CODES, UNKNOWN_WARD } from '../measures/dimension-labels';
import { findMeasure, MEASURES, type MeasureDefinition } from '../measures/measure-catalogue';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { isRealIsoDate, londonToday } from '../shared/dates';
import { badUserInput } from '../shared/errors';
import { parseFinancialYear, type Granularity } from './financial-periods';

/** The filter's GraphQL field for each dimension. */
export const FILTER_FIELDS: Record<Dimension, string> = {
  WARD: 'ward', STRAND: 'strand', AGE_BAND: 'ageBand', SEX: 'sex', REFERRAL_SOURCE: 'referralSource', OFFENCE: 'offence', DESTINATION: 'destination',
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

const EARLIEST = '2000-01-01';

function checkedDate(argument: string, value: string): string {
  if (!isRealIsoDate(value)) throw badUserInput(argument, `must be a real date written YYYY-MM-DD; got "${value}"`);
  return value;
}

function periodOf(args: FigureArgs): { from: string; to: string } {
  if (args.financialYear != null) {
    if (args.from != null || args.to != null) throw badUserInput('financialYear', 'give either financialYear or from/to, not both');
    const year = parseFinancialYear(args.financialYear);
    if (!year) throw badUserInput('financialYear', `must be a financial year written like "2012/13" (April to March); got "${args.financialYear}"`);
    return { from: year.start, to: year.end };
  }
  const from = args.from != null ? checkedDate('from', args.from) : EARLIEST;
  const to = args.to != null ? checkedDate('to', args.to) : londonToday();
  if (to < from) throw badUserInput('to', `${to} is before from (${from})`);
  return { from, to };
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

export function resolveFigureQuery(args: FigureArgs, reference: ReferenceCatalogue): FigureQuery {
  const measure = findMeasure(args.measure);
  if (!measure) throw badUserInput('measure', `unknown measure "${args.measure}"; known measures: ${MEASURES.map((m) => m.id).join(', ')}`);
  const { from, to } = periodOf(args);
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
