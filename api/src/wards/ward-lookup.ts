import type { RowIssue } from '../csv/row-issue';
import type { ReferenceFile } from './reference-file';

/** Lambeth's GSS code: the rows of ONS's lookups for other local authorities are ignored. */
export const LAMBETH = 'E09000022';
export const GSS_WARD_CODE = /^E05\d{6}$/;

export interface LookupWard {
  code: string;
  name: string;
  line: number;
}

/** Lambeth's wards from one vintage of ONS's ward-to-local-authority lookup. */
export interface WardLookup {
  /** From the column names: WD22CD → "WD22". */
  vintage: string;
  codeColumn: string;
  wards: LookupWard[];
  /** Rows for other local authorities, ignored. */
  otherRows: number;
}

/** The one column named like the pattern (ONS writes WD22CD; some exports write wd22cd), with its two digits. */
function columnLike(header: string[], pattern: RegExp): { columns: string[]; years: string[] } {
  const columns = header.filter((name) => pattern.test(name));
  return { columns, years: columns.map((name) => (pattern.exec(name) as RegExpExecArray)[1]) };
}

function headerIssue(column: string, reason: string): RowIssue {
  return { line: 1, column, value: '', reason };
}

/**
 * Finds the vintage's columns (WDyyCD, WDyyNM, LADyyCD) in an ONS lookup's header, whatever else it
 * carries (Welsh names, object ids): ONS's own file is loaded as it is published.
 */
function lookupColumns(header: string[]): { code: string; name: string; lad: string; year: string } | RowIssue[] {
  const found = `the header has: ${header.join(', ')}`;
  const codes = columnLike(header, /^WD(\d{2})CD$/i);
  const lads = columnLike(header, /^LAD(\d{2})CD$/i);
  const issues: RowIssue[] = [];
  if (codes.columns.length === 0) issues.push(headerIssue('WDyyCD', `no ward code column: ONS's lookup names it WDyyCD for its vintage, e.g. WD22CD (${found})`));
  if (codes.columns.length > 1) issues.push(headerIssue(codes.columns.join(', '), 'more than one ward code column: give the lookup of one vintage (ONS\'s WDyy_LADyy lookup)'));
  if (lads.columns.length === 0) issues.push(headerIssue('LADyyCD', `no local authority code column: ONS's lookup names it LADyyCD, e.g. LAD22CD (${found})`));
  if (lads.columns.length > 1) issues.push(headerIssue(lads.columns.join(', '), 'more than one local authority code column: give the lookup of one vintage'));
  if (issues.length) return issues;
  const [year] = codes.years;
  const name = header.find((column) => column.toUpperCase() === `WD${year}NM`);
  if (!name) return [headerIssue(`WD${year}NM`, `no ward name column WD${year}NM beside ${codes.columns[0]} (${found})`)];
  return { code: codes.columns[0], name, lad: lads.columns[0], year };
}

/** Lambeth's wards from an ONS lookup file, or every reason it cannot be loaded, line by line. */
export function parseWardLookup(file: ReferenceFile): { lookup: WardLookup | null; issues: RowIssue[] } {
  if (file.issues.some((issue) => issue.line <= 1)) return { lookup: null, issues: file.issues };
  const columns = lookupColumns(file.header);
  if (Array.isArray(columns)) return { lookup: null, issues: columns };

  const issues: RowIssue[] = [...file.issues];
  const wards: LookupWard[] = [];
  const firstLine = new Map<string, number>();
  let otherRows = 0;
  for (const { line, values } of file.records) {
    if (values[columns.lad] !== LAMBETH) {
      otherRows += 1;
      continue;
    }
    const code = values[columns.code];
    const name = values[columns.name];
    if (!GSS_WARD_CODE.test(code)) {
      issues.push({ line, column: columns.code, value: code, reason: 'is not a GSS ward code (E05 followed by six digits, e.g. E05014095)' });
    } else if (firstLine.has(code)) {
      issues.push({ line, column: columns.code, value: code, reason: `repeats the ward on line ${firstLine.get(code)}; a lookup lists each ward once` });
    } else {
      firstLine.set(code, line);
      if (name === '') issues.push({ line, column: columns.name, value: '', reason: `is empty: ward ${code} needs its name` });
      else wards.push({ code, name, line });
    }
  }
  if (wards.length === 0 && issues.length === 0) {
    issues.push(headerIssue(columns.lad, `no row has ${columns.lad} ${LAMBETH} (Lambeth), so there are no wards to load: check that this is ONS's ward to local authority lookup`));
  }
  issues.sort((a, b) => a.line - b.line);
  return { lookup: issues.length ? null : { vintage: `WD${columns.year}`, codeColumn: columns.code, wards, otherRows }, issues };
}
