/**
 * Root fields whose answers depend only on the tables the answer version covers, today's date and
 * the viewer's role and wards. A field not listed is never cached: per-person or audit-dependent
 * data (auditLog, apiKeys, importBatches, anything about "me"), introspection, and any field added
 * later until someone has checked what it reads.
 */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'figures',
  'measures',
  'quarterlyReturn',
  'disclosureReleases',
  'annotations',
  'seriesBreaks',
  'emergingIssues',
  'signals',
  'spcChart',
  'targets',
  'targetStatuses',
  'targetReview',
  'wards',
  'wardBoundaryEstimates',
  'dataCoverage',
]);
