// Names for the parts of the quarterly return and the releases that the workspace's components take; generated from the .graphql files.
import type { DisclosureReleasesQuery, WorkspaceReturnFragment } from '../../../graphql/generated/graphql';

export type QuarterlyReturn = WorkspaceReturnFragment;

type ReturnLine = QuarterlyReturn['lines'][number];

export type ReturnMeasure = ReturnLine['measure'];

/** quarter: 1–4, or null for the whole year (always live). */
export type ReturnCell = ReturnLine['cells'][number];

/** oldValue null: there was no figure before; newValue null: the records no longer give any (e.g. the only import was undone). */
export type FigureRevision = QuarterlyReturn['revisions'][number];

/** throughMonth: "YYYY-MM", the last month released. */
export type DisclosureRelease = DisclosureReleasesQuery['disclosureReleases'][number];
