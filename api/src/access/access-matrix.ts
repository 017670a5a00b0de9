import { ROLES, type Role } from './roles';

/**
 * Who may call what: every query and mutation of the schema, by role. Deny by default: a field
 * missing here cannot be decorated (rolesFor throws at start-up) and fails the matrix test.
 * README.md carries the same table for people; a test keeps the two equal.
 */
export const ACCESS_MATRIX: Readonly<Record<string, readonly Role[]>> = {
  'Query.measures': ROLES,
  'Query.figures': ROLES,
  'Query.apiKeys': ['analyst'],
  'Query.auditLog': ['analyst'],
  'Query.quarterlyReturn': ROLES,
  // The quarterly review is the partnership's own working material: signals can point at
  // trafficking in one ward, so targets, SPC, issues and signals are for analysts and members.
  'Query.targets': ['analyst', 'member'],
  'Query.targetStatuses': ['analyst', 'member'],
  'Query.targetReview': ['analyst', 'member'],
  'Query.spcChart': ['analyst', 'member'],
  'Query.emergingIssues': ['analyst', 'member'],
  'Query.signals': ['analyst', 'member'],
  'Query.annotations': ROLES,
  'Query.seriesBreaks': ['analyst', 'member'],
  'Query.disclosureReleases': ROLES,
  // Ward names and codes are public geography; estimates go through the figures path, as the caller may see them.
  'Query.wards': ROLES,
  'Query.wardBoundaryEstimates': ROLES,
  // Which periods hold data is no secret: every role's choosers are built from it.
  'Query.dataCoverage': ROLES,
  'Query.importBatches': ['analyst'],
  'Mutation.importDataset': ['analyst'],
  'Mutation.undoImportBatch': ['analyst'],
  'Mutation.createApiKey': ['analyst'],
  'Mutation.revokeApiKey': ['analyst'],
  'Mutation.publishQuarterlyReturn': ['analyst'],
  'Mutation.setTarget': ['analyst'],
  'Mutation.addAnnotation': ['analyst'],
  'Mutation.updateAnnotation': ['analyst'],
  'Mutation.removeAnnotation': ['analyst'],
  'Mutation.addSeriesBreak': ['analyst'],
  'Mutation.updateSeriesBreak': ['analyst'],
  'Mutation.removeSeriesBreak': ['analyst'],
  'Mutation.createEmergingIssue': ['analyst'],
  'Mutation.updateEmergingIssue': ['analyst'],
  'Mutation.addEmergingIssueUpdate': ['analyst'],
  'Mutation.linkSignalToIssue': ['analyst'],
  'Mutation.unlinkSignal': ['analyst'],
  'Mutation.publishDisclosureRelease': ['analyst'],
};

/** The roles for a field, for its @Authorized decorator. */
export function rolesFor(field: string): Role[] {
  const roles = ACCESS_MATRIX[field];
  if (!roles) throw new Error(`${field} has no entry in the access matrix (api/src/access/access-matrix.ts)`);
  return [...roles];
}
