// Names for the targets page's answer, which its table and form share; generated from workspace-targets.graphql.
import type { WorkspaceTargetsQuery } from '../../../graphql/generated/graphql';

export type TargetMeasure = WorkspaceTargetsQuery['measures'][number];

/** value null for activity only; tolerance a fraction (0.1 is 10%); quarterlyProfile four amounts from April, empty for activity only. */
export type WorkspaceTarget = WorkspaceTargetsQuery['targets'][number];
