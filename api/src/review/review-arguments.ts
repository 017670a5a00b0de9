import { GraphQLError } from 'graphql';
import { findMeasure, MEASURES, type MeasureDefinition } from '../measures/measure-catalogue';
import { parseFinancialYear, type PeriodRange } from '../figures/financial-periods';
import { isRealIsoDate } from '../shared/dates';
import { badUserInput } from '../shared/errors';

/** A measure id argument, refused as the figures query refuses it (same message, this argument's name). */
export function requireMeasure(argument: string, id: string): MeasureDefinition {
  const measure = findMeasure(id);
  if (!measure) throw badUserInput(argument, `unknown measure "${id}"; known measures: ${MEASURES.map((m) => m.id).join(', ')}`);
  return measure;
}

/**
 * Runs a check written for another query's arguments (the figures planner's `filter.strand`) and
 * reports its refusals under the names this query uses (`strand`), so the user sees their own argument.
 */
export function withArgumentNames<T>(names: Record<string, string>, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const argument = error.extensions.argument;
    if (typeof argument !== 'string' || !(argument in names)) throw error;
    throw badUserInput(names[argument], error.message.replace(`Argument "${argument}": `, ''));
  }
}

/** A financial year argument ("2012/13"), refused as the figures query refuses it. */
export function requireFinancialYear(argument: string, text: string): PeriodRange {
  const year = parseFinancialYear(text);
  if (!year) throw badUserInput(argument, `must be a financial year written like "2012/13" (April to March); got "${text}"`);
  return year;
}

/** A financial quarter argument, 1 (April to June) to 4. */
export function requireQuarter(argument: string, quarter: number): number {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw badUserInput(argument, `must be 1, 2, 3 or 4 (Q1 is April to June); got ${quarter}`);
  return quarter;
}

/** A date argument, refused as the figures query refuses it, so the same mistake reads the same everywhere. */
export function checkedDate(argument: string, value: string): string {
  if (!isRealIsoDate(value)) throw badUserInput(argument, `must be a real date written YYYY-MM-DD; got "${value}"`);
  return value;
}
