import type { ColumnSpec, DatasetSpec, Requirement } from '../datasets/dataset-catalogue';
import { isRealIsoDate } from '../shared/dates';
import type { RefHasher } from './ref-hasher';
import type { RowIssue } from '../csv/row-issue';

export interface WardValidity {
  name: string;
  validFrom: string;
  validTo: string | null;
}

export interface ValidationContext {
  wards: ReadonlyMap<string, WardValidity>;
  strands: readonly string[];
  today: string;
  hash: RefHasher;
}

export const EARLIEST_DATE = '2000-01-01';
const MAX_TEXT_LENGTH = 200;
const MAX_WHOLE_NUMBER = 2_147_483_647;

/** Database values of one valid row, keyed by column name in the table. */
export type StoredRow = Record<string, string | null>;

function isRequired(requirement: Requirement, row: Readonly<Record<string, string>>): boolean {
  if (requirement === 'required') return true;
  if (requirement === 'optional') return false;
  return requirement.when(row);
}

/** Checks a header: every contract column it needs, nothing the contract doesn't name, no repeats. */
export function validateHeader(spec: DatasetSpec, header: string[]): RowIssue[] {
  const issues: RowIssue[] = [];
  const known = new Set(spec.columns.map((c) => c.name));
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) {
      issues.push({ line: 1, column: name, value: name, reason: `column "${name}" appears more than once in the header` });
    } else if (!known.has(name)) {
      issues.push({
        line: 1, column: name, value: name,
        reason: `column "${name}" is not part of the ${spec.name} contract; remove it (columns allowed: ${[...known].join(', ')})`,
      });
    }
    seen.add(name);
  }
  for (const column of spec.columns) {
    if (column.requirement !== 'optional' && !seen.has(column.name)) {
      issues.push({ line: 1, column: column.name, value: '', reason: `required column "${column.name}" is missing from the header` });
    }
  }
  return issues;
}

function checkValue(column: ColumnSpec, value: string, row: Readonly<Record<string, string>>, context: ValidationContext): string | undefined {
  const { kind } = column;
  switch (kind.type) {
    case 'ref':
    case 'refOf':
    case 'personRef':
      return value.length > MAX_TEXT_LENGTH ? `is longer than ${MAX_TEXT_LENGTH} characters` : undefined;
    case 'date':
      if (!isRealIsoDate(value)) return 'is not a real date written YYYY-MM-DD';
      if (value > context.today) return `is in the future (today is ${context.today})`;
      if (value < EARLIEST_DATE) return `is before ${EARLIEST_DATE}`;
      return undefined;
    case 'ward': {
      const ward = context.wards.get(value);
      if (!ward) return 'is not a Lambeth ward code (GSS code E05…, see the wards reference)';
      const date = row.date;
      const dateUsable = isRealIsoDate(date) && date >= EARLIEST_DATE && date <= context.today; // else the date's own issue says it
      if (dateUsable && (date < ward.validFrom || (ward.validTo !== null && date > ward.validTo))) {
        return `is ${ward.name}, which was not a ward on ${date} (valid ${ward.validFrom} to ${ward.validTo ?? 'now'})`;
      }
      return undefined;
    }
    case 'strand':
      return context.strands.includes(value) ? undefined : `is not one of the eight strands: ${context.strands.join(', ')}`;
    case 'enum':
      return kind.values.includes(value) ? undefined : `must be one of: ${kind.values.join(', ')}`;
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : 'must be true or false';
    case 'wholeNumber':
      return /^\d+$/.test(value) && Number(value) <= MAX_WHOLE_NUMBER ? undefined : 'must be a whole number, 0 or more';
  }
}

function storedValue(column: ColumnSpec, value: string, hash: RefHasher, dataset: string): string {
  switch (column.kind.type) {
    case 'ref':
      return hash(dataset, value);
    case 'refOf':
      return hash(column.kind.dataset, value);
    case 'personRef':
      return hash('person', value);
    default:
      return value;
  }
}

/**
 * A value allowed only with another column's value (an exploitation type with strand trafficking).
 * Left alone when that column's own value is wrong, so one mistake gives one message.
 */
function checkOnlyWhen(spec: DatasetSpec, column: ColumnSpec, row: Readonly<Record<string, string>>, context: ValidationContext): string | undefined {
  if (!column.onlyWhen) return undefined;
  const { column: other, equals } = column.onlyWhen;
  const value = row[other] ?? '';
  const otherSpec = spec.columns.find((c) => c.name === other);
  if (value === equals || value === '' || !otherSpec || checkValue(otherSpec, value, row, context)) return undefined;
  return `is recorded only when ${other} is ${equals}, and this row's ${other} is ${value}: leave ${column.name} empty, or correct the ${other}`;
}

/**
 * Validates one data row (values by header name, already trimmed) and returns either every
 * problem with it or its database values, with refs replaced by their keyed hashes.
 */
export function validateRow(
  spec: DatasetSpec,
  row: Readonly<Record<string, string>>,
  line: number,
  context: ValidationContext,
): { issues: RowIssue[]; stored?: StoredRow } {
  const issues: RowIssue[] = [];
  const stored: StoredRow = {};
  for (const column of spec.columns) {
    const value = row[column.name] ?? '';
    if (value === '') {
      if (isRequired(column.requirement, row)) {
        const why = typeof column.requirement === 'object' ? ` (${column.requirement.description})` : '';
        issues.push({ line, column: column.name, value, reason: `is required${why} but empty` });
      }
      stored[column.dbColumn] = column.storedWhenEmpty ?? null;
      continue;
    }
    const problem = checkValue(column, value, row, context) ?? checkOnlyWhen(spec, column, row, context);
    if (problem) issues.push({ line, column: column.name, value, reason: `${column.name} ${problem}` });
    else stored[column.dbColumn] = storedValue(column, value, context.hash, spec.name);
  }
  return issues.length ? { issues } : { issues, stored };
}
