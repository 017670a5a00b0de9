import { validate } from 'class-validator';
import { GraphQLError } from 'graphql';
import { isRealIsoDate } from './dates';
import { badUserInput } from './errors';
import { parseFinancialYear, type PeriodRange } from './financial-periods';

// Every argument check of the API — GraphQL, downloads, returns, the review — refuses in these words,
// naming the argument as the caller wrote it, so the same mistake reads the same everywhere.

/**
 * class-validator's rules, refused as every other BAD_USER_INPUT is: naming the argument (type-graphql's
 * own error does not). Pass it as `validateFn` of @Args.
 */
export async function refuseNamingTheArgument(args: unknown): Promise<void> {
  if (!args || typeof args !== 'object') return;
  const [problem] = await validate(args, { forbidUnknownValues: true });
  if (problem) throw badUserInput(problem.property, Object.values(problem.constraints ?? {})[0] ?? 'is not valid');
}

/** Why a text is not a financial year, as every check of one says it (class-validator's messages too). */
export const notAFinancialYear = (text: unknown) => `must be a financial year written like "2012/13" (April to March); got "${String(text)}"`;

/** A financial year argument ("2012/13"). */
export function requireFinancialYear(argument: string, text: string): PeriodRange {
  const year = parseFinancialYear(text);
  if (!year) throw badUserInput(argument, notAFinancialYear(text));
  return year;
}

/** A financial quarter argument, 1 (April to June) to 4. */
export function requireQuarter(argument: string, quarter: number): number {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw badUserInput(argument, `must be 1, 2, 3 or 4 (Q1 is April to June); got ${quarter}`);
  return quarter;
}

/** A date argument written YYYY-MM-DD. */
export function checkedDate(argument: string, value: string): string {
  if (!isRealIsoDate(value)) throw badUserInput(argument, `must be a real date written YYYY-MM-DD; got "${value}"`);
  return value;
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
