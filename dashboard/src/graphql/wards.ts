// Lambeth's wards from the API: every vintage with the days each ward was valid. Ward names and codes
// are public geography, so everyone may ask; the answer is asked for once and kept by Apollo.
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import allWards from './all-wards.graphql';
import type { IsoDate } from './schema-types';
import wardsOn from './wards-on.graphql';

export interface Ward {
  /** ONS GSS code, e.g. "E05014108". */
  code: string;
  name: string;
  validFrom: IsoDate;
  /** The last day the ward was valid; null while it is current. */
  validTo: IsoDate | null;
  /** The boundary set it belongs to, e.g. "WD02", "WD22". */
  vintage: string;
}

const AllWardsQuery = allWards as TypedDocumentNode<{ wards: Ward[] }, Record<string, never>>;
const WardsOnQuery = wardsOn as TypedDocumentNode<{ wards: Ward[] }, { on: IsoDate }>;

export interface AllWards {
  wards: readonly Ward[];
  loading: boolean;
  error: unknown;
  find(code: string): Ward | undefined;
  /** A ward's name; a code the API does not know stays as it is. */
  nameOf(code: string): string;
}

export function useAllWards(): AllWards {
  const { data, loading, error } = useQuery(AllWardsQuery);
  const wards = data?.wards ?? [];
  const byCode = new Map(wards.map((ward) => [ward.code, ward]));
  return { wards, loading, error, find: (code) => byCode.get(code), nameOf: (code) => byCode.get(code)?.name ?? code };
}

/** The wards valid on one day, in the API's order. */
export function useWardsOn(on: IsoDate): { wards: readonly Ward[]; loading: boolean; error: unknown } {
  const { data, loading, error } = useQuery(WardsOnQuery, { variables: { on } });
  return { wards: data?.wards ?? [], loading, error };
}
