// The explorer's example as text, for the page and the editor. Imported once as an operation too, so the
// build checks it against schema/schema.graphql like every other query and a stale example fails the build.
import './graphql/example-query.graphql';
import exampleQuery from './graphql/example-query.graphql?raw';

export const EXAMPLE_QUERY = exampleQuery;

/** The same question as a download address: the same argument names, lists comma-separated. */
export const EXAMPLE_DOWNLOAD_QUERY = new URLSearchParams({ measure: 'gaia.referrals', financialYear: '2012/13', granularity: 'QUARTER' });
