import { GraphQLError } from 'graphql';
import { DATASETS } from '../datasets/dataset-catalogue';
import { answerFigures } from '../figures/answer-figures';
import { resolveFigureQuery } from '../figures/figure-query';
import { periodsBetween, type Granularity, type PeriodRange } from '../shared/financial-periods';
import type { FigureResultData, FigureRowData } from '../figures/figures.service';
import type { RequestContext } from '../context/request-context';
import { addDays, addMonths } from '../shared/dates';
import { badUserInput, forbidden } from '../shared/errors';
import { today } from '../config';
import { NOT_COLLECTED } from '../figures/not-collected';
import { notYetBegunError, periodsToCome } from '../figures/not-yet-begun';

export interface WardEstimateArgs {
  ward: string;
  measure: string;
  granularity: Granularity | null;
  from: string;
  to: string;
}

/** Figures labelled as estimates: never to be read, drawn or summed as counts. */
export interface WardEstimates extends FigureResultData {
  estimated: true;
  notCollected: PeriodRange[];
  /** Periods before a ward of a set loaded ahead of its start that begin after today: no estimate yet, not a 0. */
  notYetBegun: PeriodRange[];
  collectedFrom: string | null;
}

interface Share {
  code: string;
  share: number;
}

/** The answer for one financial year of the earlier wards, as this caller may see it (H2's figures path adds what was not collected). */
type EarlierFigures = FigureResultData & { notCollected?: PeriodRange[]; collectedFrom?: string | null };

type Context = Pick<RequestContext, 'user' | 'dataSource' | 'reference'>;

/**
 * A ward's figures for the periods before it existed, on its boundaries: each period's estimate is
 * Σ share × the earlier ward's figure, from a loaded best-fit lookup. The earlier figures come through
 * the one figures path as this caller, so releases and disclosure control apply: an estimate is
 * withheld where any figure it is made of is withheld, and exists only for released periods.
 */
export async function estimateOnWardBoundaries(context: Context, args: WardEstimateArgs): Promise<WardEstimates> {
  const reference = await context.reference();
  // The measure and the dates are checked as the figures query checks them.
  const { measure, from, to } = resolveFigureQuery({ measure: args.measure, from: args.from, to: args.to }, reference);
  const ward = reference.wards.get(args.ward);
  if (!ward) throw badUserInput('ward', `"${args.ward}" is not a ward code; Query.wards lists every ward of every vintage`);
  if (!measure.additive) throw badUserInput('measure', `${measure.id} is a rate: estimates on new boundaries are made for counts, which add up (ask for ${measure.rateOf ? `${measure.rateOf.numerator} and ${measure.rateOf.denominator}` : 'its parts'})`);
  if (!DATASETS[measure.dataset].dimensions.WARD) throw badUserInput('measure', `${measure.id} has no ward, so it has no estimates by ward`);
  if (!args.granularity) throw badUserInput('granularity', 'estimates are by MONTH, QUARTER or FINANCIAL_YEAR');
  const { user } = context;
  if (user.role === 'councillor' && !user.wards.includes(ward.code)) {
    throw forbidden(`a councillor sees ward-level figures for their own ward(s) only (${user.wards.join(', ')}); ${ward.code} is not one of them`, 'ward');
  }

  const result: WardEstimates = { measure, total: null, suppressed: false, rows: [], estimated: true, notCollected: [], notYetBegun: [], collectedFrom: null };
  const shares: Share[] = await context.dataSource.query(
    'SELECT from_ward_code AS code, share::float8 AS share FROM ward_best_fit WHERE to_ward_code = $1 ORDER BY from_ward_code',
    [ward.code],
  );
  // Whole periods that ended before the ward began; the one it began in is its own, counted (a series break).
  const beforeWard = minDate(to, addDays(periodsBetween(args.granularity, ward.validFrom, ward.validFrom)[0].start, -1));
  // A set of wards can be loaded before it takes effect: the periods before it that are still to come have no estimate yet.
  const day = today();
  if (from > day) throw notYetBegunError('from', from, day);
  result.notYetBegun = periodsToCome(args.granularity, { from, to: beforeWard }, day);
  const last = minDate(beforeWard, day);
  if (shares.length === 0 || last < from) return result;

  // A councillor sees no ward but their own: the earlier wards' figures are withheld from them, so every estimate is.
  const visible = user.role !== 'councillor' || shares.every((s) => user.wards.includes(s.code));
  let unrounded = 0;
  // Funders and councillors ask for financial years only (no free ranges): so does every caller here, one year at a time.
  for (const year of periodsBetween('FINANCIAL_YEAR', from, last)) {
    const periods = periodsBetween(args.granularity, maxDate(from, year.start), minDate(last, year.end));
    const earlier = await earlierFigures(context, args, year.label, visible ? shares : []);
    if (!earlier) {
      result.notCollected.push(...periods);
      continue;
    }
    result.collectedFrom = earlier.collectedFrom ?? result.collectedFrom;
    if (earlier.releasedThrough !== undefined) result.releasedThrough = earlier.releasedThrough;
    const notCollected = new Set((earlier.notCollected ?? []).map((p) => p.start));
    const releasedTo = earlier.releasedThrough === undefined ? undefined : earlier.releasedThrough === null ? '' : addDays(addMonths(`${earlier.releasedThrough}-01`, 1), -1);
    for (const period of periods) {
      if (notCollected.has(period.start)) {
        result.notCollected.push(period);
        continue;
      }
      if (releasedTo !== undefined && period.end > releasedTo) continue; // not released yet: no estimate, as no figure
      const row = estimateFor(period, shares, visible ? earlier.rows : undefined);
      result.rows.push({ ...row, key: [{ dimension: 'WARD', code: ward.code, label: ward.name }] });
      if (row.value !== null) unrounded += row.value;
    }
  }
  result.suppressed = result.rows.some((row) => row.suppressed);
  result.total = result.rows.length === 0 || result.suppressed ? null : Math.round(unrounded);
  for (const row of result.rows) if (row.value !== null) row.value = Math.round(row.value);
  return result;
}

/** The earlier wards' figures for one financial year, by ward; undefined when the year was wholly before collection. */
async function earlierFigures(context: Context, args: WardEstimateArgs, financialYear: string, shares: Share[]): Promise<EarlierFigures | undefined> {
  const byWard = shares.length ? { groupBy: ['WARD' as const], filter: { ward: shares.map((s) => s.code) } } : {};
  try {
    return await answerFigures(context, { measure: args.measure, financialYear, granularity: args.granularity, ...byWard });
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions?.code === NOT_COLLECTED) return undefined;
    throw error;
  }
}

/** Σ share × figure for one period (unrounded); withheld when any figure in it is, or when the caller sees none (rows undefined). */
function estimateFor(period: PeriodRange, shares: Share[], rows: FigureRowData[] | undefined): Omit<FigureRowData, 'key'> {
  if (!rows) return { period, value: null, suppressed: true };
  let value = 0;
  for (const { code, share } of shares) {
    const row = rows.find((r) => r.period?.start === period.start && r.key[0]?.code === code);
    if (row?.suppressed) return { period, value: null, suppressed: true };
    value += share * (row?.value ?? 0); // no row: nothing counted in that ward (a withheld 0 comes as a suppressed row)
  }
  return { period, value, suppressed: false };
}

const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
