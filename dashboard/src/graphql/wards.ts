// Lambeth's wards from the API: every vintage with the days each ward was valid. Ward names and codes
// are public geography, so everyone may ask; the answer is asked for once and kept by Apollo.
import { useQuery } from '@apollo/client/react';
import { AllWardsDocument, WardsOnDocument, type WardFragment } from './generated/graphql';
import type { IsoDate } from './schema-types';

/** code: ONS GSS code, e.g. "E05014108"; validTo: the last day it was valid, null while current; vintage: its boundary set, e.g. "WD22". */
export type Ward = WardFragment;

export interface AllWards {
  wards: readonly Ward[];
  loading: boolean;
  error: unknown;
  find(code: string): Ward | undefined;
  /** A ward's name; a code the API does not know stays as it is. */
  nameOf(code: string): string;
}

export function useAllWards(): AllWards {
  const { data, loading, error } = useQuery(AllWardsDocument);
  const wards = data?.wards ?? [];
  const byCode = new Map(wards.map((ward) => [ward.code, ward]));
  return { wards, loading, error, find: (code) => byCode.get(code), nameOf: (code) => byCode.get(code)?.name ?? code };
}

/** The wards valid on one day, in the API's order. */
export function useWardsOn(on: IsoDate): { wards: readonly Ward[]; loading: boolean; error: unknown } {
  const { data, loading, error } = useQuery(WardsOnDocument, { variables: { on } });
  return { wards: data?.wards ?? [], loading, error };
}
