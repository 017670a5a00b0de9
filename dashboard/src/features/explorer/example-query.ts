// The explorer's example as text, for the page and the editor. Imported once as an operation too, so the
// build checks it against schema/schema.graphql like every other query and a stale example fails the build.
import './graphql/example-query.graphql';
import exampleQuery from './graphql/example-query.graphql?raw';

export const EXAMPLE_QUERY = exampleQuery;

/** The example's variables for a year (the year of the last complete quarter, from dataCoverage), as the editor shows them. */
export function exampleVariables(financialYear: string): string {
  return JSON.stringify({ financialYear }, null, 2);
}

/** The same question as a download address: the same argument names, lists comma-separated. */
export function exampleDownloadQuery(financialYear: string): URLSearchParams {
  return new URLSearchParams({ measure: 'gaia.referrals', financialYear, granularity: 'QUARTER' });
}
