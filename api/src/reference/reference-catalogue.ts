import type { Queryable } from '../shared/queryable';

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
