// Typed handles on the workspace's target operations. The .graphql files are checked against the API
// schema at build time; these result types mirror their selections.
import type { TypedDocumentNode } from '@apollo/client';
import type { MeasureUnit, Polarity } from '../../../graphql/schema-types';
import setTarget from './set-target.graphql';
import workspaceTargets from './workspace-targets.graphql';

export interface TargetMeasure {
  id: string;
  label: string;
  unit: MeasureUnit;
  polarity: Polarity;
}

export interface WorkspaceTarget {
  id: string;
  financialYear: string;
  measure: { id: string; label: string; unit: MeasureUnit };
  /** Null for activity only. */
  value: number | null;
  polarity: Polarity;
  /** A fraction: 0.1 is 10%. */
  tolerance: number;
  /** Four amounts from April (for a rate, the level in each quarter); empty for activity only. */
  quarterlyProfile: number[];
  ownerPartner: string | null;
  note: string | null;
  illustrative: boolean;
}

export const WorkspaceTargetsQuery = workspaceTargets as TypedDocumentNode<
  { targets: WorkspaceTarget[]; measures: TargetMeasure[] },
  { financialYear: string }
>;

export interface SetTargetInput {
  financialYear: string;
  measure: string;
  value: number | null;
  polarity: Polarity;
  tolerance: number | null;
  quarterlyProfile: number[] | null;
  ownerPartner: string | null;
  note: string | null;
}

export const SetTargetMutation = setTarget as TypedDocumentNode<
  { setTarget: { id: string; financialYear: string; measure: { id: string; label: string } } },
  { input: SetTargetInput }
>;
