import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { WardYearFigureDocument } from '../../../graphql/generated/graphql';
import type { Total } from '../graphql/types';

export interface WardYearTotals {
  loading: boolean;
  /** The first problem met, if any year could not be had. */
  error: unknown;
  /** By financial year; a year missing could not be had. */
  totals: ReadonlyMap<string, Total>;
}

/**
 * A ward's figure for each of `years`, one question a year (funders and councillors may ask for
 * whole financial years only), all at once; Apollo keeps each answer, so going back to a year is free.
 */
export function useWardYearTotals(measure: string, ward: string, years: readonly string[]): WardYearTotals {
  const client = useApolloClient();
  const key = `${measure}|${ward}|${years.join(',')}`;
  const [state, setState] = useState<WardYearTotals & { key: string }>({ key: '', loading: true, error: undefined, totals: new Map() });
  useEffect(() => {
    let current = true;
    const asked = years.map(async (financialYear) => {
      try {
        const { data, error } = await client.query({ query: WardYearFigureDocument, variables: { measure, financialYear, ward }, errorPolicy: 'all' });
        return { financialYear, total: data?.figures, error };
      } catch (error) {
        return { financialYear, total: undefined, error };
      }
    });
    void Promise.all(asked).then((answers) => {
      if (!current) return;
      const totals = new Map(answers.flatMap((answer) => (answer.total ? [[answer.financialYear, answer.total] as const] : [])));
      setState({ key, loading: false, error: answers.find((answer) => answer.error)?.error, totals });
    });
    return () => {
      current = false;
    };
    // `key` names everything the answers depend on (the years among them).
  }, [client, key]);
  return state.key === key ? state : { loading: true, error: undefined, totals: new Map() };
}
