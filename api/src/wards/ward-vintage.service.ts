import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { DATASETS, DATASET_NAMES } from '../datasets/dataset-catalogue';
import type { ImportLimits } from '../csv/import-limits';
import type { RowIssue } from '../csv/row-issue';
import { addDays, isRealIsoDate } from '../shared/dates';
import type { Queryable } from '../shared/queryable';
import { readReferenceFile } from './reference-file';
import { parseWardLookup, type LookupWard, type WardLookup } from './ward-lookup';

export interface WardVintageRequest {
  /** ONS's ward-to-local-authority lookup for the vintage (WDyyCD, WDyyNM, LADyyCD, ...). */
  open: () => Readable;
  /** The day the new wards took effect (the borough elections). */
  validFrom: string;
  dryRun?: boolean;
  limits?: ImportLimits;
}

export interface WardVintageReport {
  /** loaded: wards changed; unchanged: this vintage was loaded already, as it is; checked: a dry run that would load. */
  status: 'loaded' | 'unchanged' | 'checked' | 'refused';
  vintage: string | null;
  validFrom: string;
  checksum: string;
  /** Lambeth's wards in the file. */
  wards: number;
  otherRows: number;
  added: number;
  /** Codes the new vintage keeps from the one before (ONS keeps a code whose ward did not change). */
  continued: number;
  renamed: number;
  /** Wards closed the day before validFrom, by the vintage they came from. */
  closed: { vintage: string; count: number }[];
  /** Records already stored, dated from validFrom, whose ward closes: they keep it (the contract), but should be re-sent. */
  laterRecords: number;
  /** Line 0: the start date given, not a line of the file. */
  issues: RowIssue[];
}

interface StoredWard {
  code: string;
  name: string;
  vintage: string;
  validFrom: string;
  validTo: string | null;
}

interface VintageStart {
  vintage: string;
  start: string;
}

type Change = Pick<WardVintageReport, 'status' | 'added' | 'continued' | 'renamed' | 'closed' | 'laterRecords' | 'issues'>;

const WARD_TABLES = DATASET_NAMES.filter((name) => DATASETS[name].dimensions.WARD).map((name) => DATASETS[name].table);

/**
 * Loads a vintage of Lambeth's wards from ONS's lookup, all or nothing: its new codes start on
 * validFrom and every ward still open that it does not continue closes the day before. Loading a
 * vintage that is already there, as it is, changes nothing (the shipped lookups load on every start).
 */
export async function loadWardVintage(dataSource: DataSource, request: WardVintageRequest): Promise<WardVintageReport> {
  if (!isRealIsoDate(request.validFrom)) throw new Error(`validFrom must be a date written YYYY-MM-DD; got "${request.validFrom}"`);
  const file = await readReferenceFile(request.open(), request.limits);
  const { lookup, issues } = parseWardLookup(file);
  const report: WardVintageReport = {
    status: 'refused', vintage: lookup?.vintage ?? null, validFrom: request.validFrom, checksum: file.checksum,
    wards: lookup?.wards.length ?? 0, otherRows: lookup?.otherRows ?? 0, added: 0, continued: 0, renamed: 0, closed: [], laterRecords: 0, issues,
  };
  if (!lookup) return report;
  const rollback = new Error('dry run');
  try {
    await dataSource.transaction(async (manager) => {
      const change = await applyWardVintage(manager, lookup, request.validFrom);
      Object.assign(report, change);
      // A refusal or a dry run stores nothing: the transaction is rolled back.
      if (change.status === 'refused' || (request.dryRun && change.status === 'loaded')) throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
    if (report.status === 'loaded') report.status = 'checked';
  }
  return report;
}

/** The change a lookup makes, inside the caller's transaction (which must roll back a refusal). */
export async function applyWardVintage(q: Queryable, lookup: WardLookup, validFrom: string): Promise<Change> {
  // One change to the ward geography at a time; records being imported meanwhile are checked against one version of it.
  await q.query('LOCK TABLE ward IN SHARE ROW EXCLUSIVE MODE');
  const vintages: VintageStart[] = await q.query(
    `SELECT vintage, to_char(min(valid_from), 'YYYY-MM-DD') AS start FROM ward GROUP BY vintage ORDER BY start`,
  );
  const stored = await storedWards(q, lookup.wards.map((w) => w.code));
  const same = vintages.find((v) => v.vintage === lookup.vintage);
  if (same && same.start === validFrom) return reload(q, lookup, validFrom, stored);
  const current = vintages[vintages.length - 1];
  const issues: RowIssue[] = [];
  if (same) {
    issues.push(startIssue(validFrom, `${lookup.vintage} is already loaded, valid from ${same.start}: a vintage has one start date (check the date given)`));
  } else if (current && validFrom <= current.start) {
    issues.push(startIssue(validFrom, `is not after the start of the current vintage, ${current.vintage} (${current.start}): a new vintage of wards starts after the one it replaces`));
  }
  for (const ward of lookup.wards) {
    const old = stored.get(ward.code);
    if (old?.validTo) {
      issues.push({
        line: ward.line, column: lookup.codeColumn, value: ward.code,
        reason: `was ${old.name} (${old.vintage}) until ${old.validTo}: a closed ward cannot return (ONS does not reissue a code)`,
      });
    }
  }
  if (issues.length) return refused(issues);

  const closedOn = addDays(validFrom, -1);
  const codes = lookup.wards.map((w) => w.code);
  // As a SELECT, so every driver returns the rows (an UPDATE's RETURNING comes back wrapped in TypeORM).
  const closed: { gss_code: string; vintage: string }[] = await q.query(
    `WITH closed AS (UPDATE ward SET valid_to = $1 WHERE valid_to IS NULL AND NOT (gss_code = ANY($2::text[])) RETURNING gss_code, vintage)
     SELECT gss_code, vintage FROM closed`,
    [closedOn, codes],
  );
  const added = lookup.wards.filter((w) => !stored.has(w.code));
  for (const ward of added) {
    await q.query('INSERT INTO ward (gss_code, name, valid_from, valid_to, vintage) VALUES ($1, $2, $3, NULL, $4)', [ward.code, ward.name, validFrom, lookup.vintage]);
  }
  return {
    status: 'loaded',
    added: added.length,
    continued: lookup.wards.length - added.length,
    renamed: await rename(q, lookup.wards, stored),
    closed: countByVintage(closed.map((row) => row.vintage)),
    laterRecords: await recordsDatedFrom(q, validFrom, closed.map((row) => row.gss_code)),
    issues: [],
  };
}

/** The vintage is there already from the same day: the same wards may be loaded again (names corrected), no others. */
async function reload(q: Queryable, lookup: WardLookup, validFrom: string, stored: Map<string, StoredWard>): Promise<Change> {
  const loaded: { code: string; name: string }[] = await q.query(
    `SELECT gss_code AS code, name FROM ward WHERE valid_from <= $1 AND (valid_to IS NULL OR valid_to >= $1) ORDER BY gss_code`,
    [validFrom],
  );
  const inFile = new Set(lookup.wards.map((w) => w.code));
  const loadedCodes = new Set(loaded.map((w) => w.code));
  const issues: RowIssue[] = [
    ...lookup.wards.filter((w) => !loadedCodes.has(w.code)).map((w) => ({
      line: w.line, column: lookup.codeColumn, value: w.code,
      reason: `is not one of the ${lookup.vintage} wards loaded from ${validFrom}: a vintage once loaded keeps its wards (a new set of wards is a new vintage)`,
    })),
    ...loaded.filter((w) => !inFile.has(w.code)).map((w) => ({
      line: 1, column: lookup.codeColumn, value: w.code,
      reason: `${w.code} (${w.name}) is a ${lookup.vintage} ward as loaded from ${validFrom} but is not in this file: a vintage once loaded keeps its wards`,
    })),
  ];
  if (issues.length) return refused(issues.sort((a, b) => a.line - b.line));
  const renamed = await rename(q, lookup.wards, stored);
  return { status: renamed ? 'loaded' : 'unchanged', added: 0, continued: 0, renamed, closed: [], laterRecords: 0, issues: [] };
}

async function storedWards(q: Queryable, codes: string[]): Promise<Map<string, StoredWard>> {
  const rows: StoredWard[] = await q.query(
    `SELECT gss_code AS code, name, vintage, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo"
       FROM ward WHERE gss_code = ANY($1::text[])`,
    [codes],
  );
  return new Map(rows.map((row) => [row.code, row]));
}

/** ONS corrects a name without a new code now and then: the lookup's name wins. */
async function rename(q: Queryable, wards: LookupWard[], stored: Map<string, StoredWard>): Promise<number> {
  const changed = wards.filter((w) => stored.has(w.code) && stored.get(w.code)?.name !== w.name);
  for (const ward of changed) await q.query('UPDATE ward SET name = $2 WHERE gss_code = $1', [ward.code, ward.name]);
  return changed.length;
}

async function recordsDatedFrom(q: Queryable, validFrom: string, wardCodes: string[]): Promise<number> {
  if (wardCodes.length === 0) return 0;
  let count = 0;
  for (const table of WARD_TABLES) {
    const [row] = await q.query(`SELECT count(*)::int AS n FROM ${table} WHERE date >= $1 AND ward_code = ANY($2::text[])`, [validFrom, wardCodes]);
    count += row.n;
  }
  return count;
}

function countByVintage(vintages: string[]): { vintage: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const vintage of vintages) counts.set(vintage, (counts.get(vintage) ?? 0) + 1);
  return [...counts].map(([vintage, count]) => ({ vintage, count })).sort((a, b) => a.vintage.localeCompare(b.vintage));
}

function startIssue(validFrom: string, reason: string): RowIssue {
  return { line: 0, column: 'valid from', value: validFrom, reason };
}

function refused(issues: RowIssue[]): Change {
  return { status: 'refused', added: 0, continued: 0, renamed: 0, closed: [], laterRecords: 0, issues };
}
