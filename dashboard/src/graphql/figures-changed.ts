import type { ApolloCache } from '@apollo/client';

/**
 * The root fields whose answers are worked out from the partners' records: after an import or an
 * undo every one of them may be out of date. Pages read most of them cache-first, so they are dropped
 * from the cache rather than refetched here; the next page to show one asks the server afresh.
 */
export const RECORD_READERS = [
  'figures',
  'spcChart',
  'targetReview',
  'targetStatuses',
  'quarterlyReturn',
  'disclosureReleases',
  'signals',
  'emergingIssues',
  'dataCoverage',
  'wardBoundaryEstimates',
] as const;

/** Drops these root fields' answers (every argument) from the cache, and what only they held. */
export function evictQueries(cache: ApolloCache, fieldNames: readonly string[]): void {
  for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/** After records were added or taken out (an import, an undo): every answer read from them is dropped. */
export function figuresChanged(cache: ApolloCache): void {
  evictQueries(cache, RECORD_READERS);
}
