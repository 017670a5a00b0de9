import path from 'node:path';
import type { Queryable } from '../shared/queryable';

/** The reference files (copies of shared/reference) the database is loaded from at start-up. */
export const REFERENCE_DATA_DIR = path.join(__dirname, 'data');

export interface WardReference {
  code: string;
  name: string;
  /** First and last day the ward exists ('YYYY-MM-DD'); validTo null while it is current. */
  validFrom: string;
  validTo: string | null;
}

export interface StrandReference {
  code: string;
  label: string;
}

/** Wards and strands by code, for labels and for checking arguments; small and read-mostly. */
export interface ReferenceCatalogue {
  wards: ReadonlyMap<string, WardReference>;
  strands: ReadonlyMap<string, StrandReference>;
}

export async function loadReferenceCatalogue(dataSource: Queryable): Promise<ReferenceCatalogue> {
  const wards: WardReference[] = await dataSource.query(
    `SELECT gss_code AS code, name, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo" FROM ward ORDER BY gss_code`,
  );
  const strands: StrandReference[] = await dataSource.query('SELECT code, label FROM strand ORDER BY position');
  return { wards: new Map(wards.map((w) => [w.code, w])), strands: new Map(strands.map((s) => [s.code, s])) };
}

/** How long the server answers from the reference data as last read before checking it has not changed. */
export const REFERENCE_FRESH_FOR_MS = 10_000;

/** Changes whenever a ward or strand does (an analyst loads a vintage of wards with the server running). */
async function referenceFingerprint(dataSource: Queryable): Promise<string> {
  const [{ fingerprint }] = await dataSource.query(`
    SELECT md5(coalesce((SELECT string_agg(concat_ws('|', gss_code, name, valid_from, valid_to), ',' ORDER BY gss_code) FROM ward), '')
      || coalesce((SELECT string_agg(concat_ws('|', code, label), ',' ORDER BY position) FROM strand), '')) AS fingerprint`);
  return fingerprint;
}

/**
 * The catalogue, read once and kept, but read again once the data changes: a server started before
 * a new vintage of wards was loaded knows it within REFERENCE_FRESH_FOR_MS, without a restart. While
 * the check cannot reach the database, the catalogue as last read stands (the request fails on its own
 * query if the outage is real), and a failed read is never remembered.
 */
export function cachedReferenceCatalogue(dataSource: Queryable, freshForMs = REFERENCE_FRESH_FOR_MS): () => Promise<ReferenceCatalogue> {
  let cached: { catalogue: Promise<ReferenceCatalogue>; fingerprint: string | undefined; checkedAt: number } | undefined;
  return async () => {
    if (cached && Date.now() - cached.checkedAt < freshForMs) return cached.catalogue;
    const fingerprint = await referenceFingerprint(dataSource).catch(() => undefined);
    if (cached && (fingerprint === undefined || fingerprint === cached.fingerprint)) {
      if (fingerprint !== undefined) cached.checkedAt = Date.now();
      return cached.catalogue;
    }
    const entry = { catalogue: loadReferenceCatalogue(dataSource), fingerprint, checkedAt: fingerprint === undefined ? 0 : Date.now() };
    cached = entry;
    entry.catalogue.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return entry.catalogue;
  };
}
