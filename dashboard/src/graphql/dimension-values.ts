// Which codes, with their names, a measure has figures for in one dimension: the strands or wards a page
// can offer, and the names to show for codes the API gives bare (an issue's linked strands).
import { useQuery } from '@apollo/client/react';
import { coverageRange } from '../lib/coverage-periods';
import type { DataCoverage } from './data-coverage';
import { DimensionValuesDocument, type Dimension, type DimensionValuesQuery } from './generated/graphql';

export type DimensionValue = DimensionValuesQuery['figures']['rows'][number]['key'][number];

export interface DimensionValues {
  values: DimensionValue[];
  loading: boolean;
  error: unknown;
}

/** The values in the API's order (the reference order), over every day the data covers. */
export function useDimensionValues(measure: string, dimension: Dimension, coverage: DataCoverage | undefined, { skip = false } = {}): DimensionValues {
  const range = coverage ? coverageRange(coverage) : { from: '', to: '' };
  const { data, loading, error } = useQuery(DimensionValuesDocument, { variables: { measure, dimension, ...range }, skip: skip || !coverage });
  const byCode = new Map<string, DimensionValue>();
  for (const row of data?.figures.rows ?? []) {
    const value = row.key[0];
    if (value && !byCode.has(value.code)) byCode.set(value.code, { code: value.code, label: value.label });
  }
  return { values: [...byCode.values()], loading: loading || (!skip && !coverage), error };
}
