import type { Queryable } from '../shared/queryable';

export interface WardReference {
  code: string;
  name: string;
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
  const wards: WardReference[] = await dataSource.query('SELECT gss_code AS code, name FROM ward ORDER BY gss_code');
  const strands: StrandReference[] = await dataSource.query('SELECT code, label FROM strand ORDER BY position');
  return { wards: new Map(wards.map((w) => [w.code, w])), strands: new Map(strands.map((s) => [s.code, s])) };
}
