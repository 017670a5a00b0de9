import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { ImportLimits } from '../csv/import-limits';
import type { RowIssue } from '../csv/row-issue';
import type { Queryable } from '../shared/queryable';
import { readReferenceFile, type ReferenceRecord } from './reference-file';

export interface WardBestFitRequest {
  open: () => Readable;
  dryRun?: boolean;
  limits?: ImportLimits;
}

export interface WardBestFitReport {
  status: 'loaded' | 'checked' | 'refused';
  checksum: string;
  rows: number;
  fromWards: number;
  toWards: number;
  fromVintages: string[];
  toVintages: string[];
  /** Shares of the same earlier wards loaded before, replaced by this file's. */
  replaced: number;
  issues: RowIssue[];
}

interface KnownWard {
  code: string;
  name: string;
  vintage: string;
  validFrom: string;
  validTo: string | null;
}

interface Share {
  from: KnownWard;
  to: KnownWard;
  share: number;
  line: number;
}

export const BEST_FIT_COLUMNS = ['from_ward_code', 'to_ward_code', 'share'] as const;
/** How far one old ward's shares may add up from 1: published lookups round each share. */
export const SHARE_TOLERANCE = 0.001;
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Loads a best-fit lookup (old wards to new, contract "ward_best_fit") all or nothing. It replaces
 * the shares of the earlier sets it covers, so loading the same file again changes nothing.
 */
export async function loadWardBestFit(dataSource: DataSource, request: WardBestFitRequest): Promise<WardBestFitReport> {
  const file = await readReferenceFile(request.open(), request.limits);
  const report: WardBestFitReport = { status: 'refused', checksum: file.checksum, rows: 0, fromWards: 0, toWards: 0, fromVintages: [], toVintages: [], replaced: 0, issues: file.issues };
  if (file.issues.some((issue) => issue.line <= 1)) return report;
  const headerIssues = checkHeader(file.header);
  if (headerIssues.length) return { ...report, issues: headerIssues };

  const rollback = new Error('dry run');
  try {
    await dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE ward_best_fit IN SHARE ROW EXCLUSIVE MODE');
      const wards = await knownWards(manager);
      const { shares, issues } = checkShares(file.records, wards);
      report.issues = [...file.issues, ...issues].sort((a, b) => a.line - b.line);
      if (report.issues.length) throw rollback;
      Object.assign(report, summary(shares), { replaced: await replaceShares(manager, shares) });
      report.status = 'loaded';
      if (request.dryRun) throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
    if (report.status === 'loaded') report.status = 'checked';
  }
  return report;
}

function checkHeader(header: string[]): RowIssue[] {
  const issues: RowIssue[] = header
    .filter((name) => !(BEST_FIT_COLUMNS as readonly string[]).includes(name))
    .map((name) => ({ line: 1, column: name, value: name, reason: `column "${name}" is not part of the ward_best_fit format; remove it (columns: ${BEST_FIT_COLUMNS.join(', ')})` }));
  for (const column of BEST_FIT_COLUMNS) {
    if (!header.includes(column)) issues.push({ line: 1, column, value: '', reason: `required column "${column}" is missing from the header` });
  }
  return issues;
}

async function knownWards(q: Queryable): Promise<Map<string, KnownWard>> {
  const rows: KnownWard[] = await q.query(
    `SELECT gss_code AS code, name, vintage, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo" FROM ward`,
  );
  return new Map(rows.map((row) => [row.code, row]));
}

function describe(ward: KnownWard): string {
  return `${ward.code} (${ward.name}, ${ward.vintage}, ${ward.validFrom} to ${ward.validTo ?? 'now'})`;
}

/** Every row checked on its own, then each old ward's shares together, then the earlier sets as a whole. */
function checkShares(records: ReferenceRecord[], wards: Map<string, KnownWard>): { shares: Share[]; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const shares: Share[] = [];
  const pairs = new Map<string, number>();
  for (const { line, values } of records) {
    const from = wards.get(values.from_ward_code);
    const to = wards.get(values.to_ward_code);
    const share = DECIMAL.test(values.share) ? Number(values.share) : NaN;
    const rowIssues: RowIssue[] = [];
    if (!from) rowIssues.push({ line, column: 'from_ward_code', value: values.from_ward_code, reason: 'is not a known ward code (load its vintage of wards first)' });
    if (!to) rowIssues.push({ line, column: 'to_ward_code', value: values.to_ward_code, reason: 'is not a known ward code (load its vintage of wards first)' });
    if (!(share > 0 && share <= 1)) rowIssues.push({ line, column: 'share', value: values.share, reason: 'must be a number greater than 0 and at most 1, e.g. 0.25' });
    const pair = `${values.from_ward_code}>${values.to_ward_code}`;
    if (pairs.has(pair)) rowIssues.push({ line, column: 'to_ward_code', value: values.to_ward_code, reason: `repeats the pair on line ${pairs.get(pair)}; give each old ward's share of a new ward once` });
    else pairs.set(pair, line);
    if (from && to && !(from.validTo !== null && to.validFrom > from.validTo)) {
      rowIssues.push({
        line, column: 'to_ward_code', value: to.code,
        reason: `a best fit runs from a ward of an earlier set to one that starts after it closed: ${describe(from)} to ${describe(to)}`,
      });
    }
    if (rowIssues.length) issues.push(...rowIssues);
    else shares.push({ from: from as KnownWard, to: to as KnownWard, share, line });
  }
  if (issues.length) return { shares, issues };

  const byFrom = groupBy(shares, (s) => s.from.code);
  for (const [code, own] of byFrom) {
    const sum = own.reduce((total, s) => total + s.share, 0);
    if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
      issues.push({
        line: own[0].line, column: 'share', value: String(Math.round(sum * 1e6) / 1e6),
        reason: `the shares of ${code} (lines ${own.map((s) => s.line).join(', ')}) add up to ${Math.round(sum * 1e6) / 1e6}; one old ward's shares add up to 1 (within ${SHARE_TOLERANCE})`,
      });
    }
  }
  // A missing old ward would leave every new ward it overlaps short, silently: each earlier set comes whole.
  for (const vintage of new Set(shares.map((s) => s.from.vintage))) {
    for (const ward of [...wards.values()].filter((w) => w.vintage === vintage && !byFrom.has(w.code))) {
      issues.push({ line: 1, column: 'from_ward_code', value: ward.code, reason: `${describe(ward)} has no row: a best-fit lookup gives every ward of the earlier set (${vintage})` });
    }
  }
  return { shares, issues };
}

async function replaceShares(q: Queryable, shares: Share[]): Promise<number> {
  const vintages = [...new Set(shares.map((s) => s.from.vintage))];
  const [{ n }] = await q.query(
    `WITH gone AS (DELETE FROM ward_best_fit WHERE from_ward_code IN (SELECT gss_code FROM ward WHERE vintage = ANY($1::text[])) RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [vintages],
  );
  for (const s of shares) {
    await q.query('INSERT INTO ward_best_fit (from_ward_code, to_ward_code, share) VALUES ($1, $2, $3)', [s.from.code, s.to.code, s.share]);
  }
  return n;
}

function summary(shares: Share[]): Pick<WardBestFitReport, 'rows' | 'fromWards' | 'toWards' | 'fromVintages' | 'toVintages'> {
  const distinct = (values: string[]) => [...new Set(values)].sort();
  return {
    rows: shares.length,
    fromWards: distinct(shares.map((s) => s.from.code)).length,
    toWards: distinct(shares.map((s) => s.to.code)).length,
    fromVintages: distinct(shares.map((s) => s.from.vintage)),
    toVintages: distinct(shares.map((s) => s.to.vintage)),
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
