import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Queryable } from '../shared/queryable';
import type { CubeProtection, SuppressSmallCellsInput } from '../disclosure/suppress-small-cells';

/*
 * A release's suppression patterns, kept in the database once computed (table disclosure_pattern),
 * so a funder's first read of a year costs seconds once per release, not once per process and
 * restart. A pattern is decided by the release (its frozen months), the group, year and breakdowns,
 * the cube's axes, and the rules: the code that decides it. Keyed by all of them, a stored pattern
 * is never used by rules other than those that made it.
 */

/** The sources that decide a pattern: disclosure's, the code that applies and stores it, and the catalogues of measures and datasets. */
function rulesVersion(): string | undefined {
  try {
    const hash = crypto.createHash('sha256');
    const root = path.dirname(__dirname);
    const disclosure = path.join(root, 'disclosure');
    const sources = fs.readdirSync(disclosure).filter((f) => /\.(ts|js)$/.test(f) && !/\.test(-helper)?\.|\.d\.ts$/.test(f)).sort().map((f) => path.join(disclosure, f));
    sources.push(...['figures/disclose-figures', 'figures/persisted-patterns', 'measures/measure-catalogue', 'datasets/dataset-catalogue'].map((f) => path.join(root, `${f}${path.extname(__filename)}`)));
    for (const file of sources) hash.update(file.slice(root.length)).update(fs.readFileSync(file));
    return hash.digest('base64url');
  } catch {
    return undefined; // sources not beside the code (a bundle): patterns are kept in memory only
  }
}

const RULES = rulesVersion();

/** The pattern's key within its release: group, year, breakdowns and every code of every axis. */
export function patternKey(input: SuppressSmallCellsInput): string {
  return crypto.createHash('sha256').update(JSON.stringify([input.measureId, input.financialYear, input.dimensions, input.hiddenMeasureCode ?? null])).digest('base64url');
}

export async function storedProtection(database: Queryable, releaseId: number, key: string): Promise<CubeProtection | undefined> {
  if (!RULES) return undefined;
  const [row] = await database.query('SELECT marks, unprotectable FROM disclosure_pattern WHERE release_id = $1 AND pattern_key = $2 AND rules = $3', [releaseId, key, RULES]);
  return row ? { marks: new Uint8Array(row.marks as Buffer), unprotectable: row.unprotectable as number[] } : undefined;
}

/**
 * Keeps a pattern; never fails the request that computed it (a read-only replica, a race with
 * another process keeping the same one). Inside a transaction, a savepoint keeps a failure from
 * aborting the request's own queries.
 */
export async function storeProtection(database: Queryable, releaseId: number, key: string, protection: CubeProtection): Promise<void> {
  if (!RULES) return;
  const inTransaction = Boolean((database as { queryRunner?: { isTransactionActive?: boolean } }).queryRunner?.isTransactionActive);
  const insert = () => database.query(
    'INSERT INTO disclosure_pattern (release_id, pattern_key, rules, marks, unprotectable) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
    [releaseId, key, RULES, Buffer.from(protection.marks.buffer, protection.marks.byteOffset, protection.marks.byteLength), [...protection.unprotectable]],
  );
  if (!inTransaction) {
    await insert().catch(() => undefined);
    return;
  }
  try {
    await database.query('SAVEPOINT keep_pattern');
    await insert();
    await database.query('RELEASE SAVEPOINT keep_pattern');
  } catch {
    await database.query('ROLLBACK TO SAVEPOINT keep_pattern').catch(() => undefined);
  }
}
